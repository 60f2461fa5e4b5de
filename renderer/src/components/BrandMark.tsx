/** The app's name as a small mark, in the header and on set-up screens. */
import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';

export function BrandMark() {
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={30} radius="md" variant="filled">
        <IconHeartHandshake size={18} />
      </ThemeIcon>
      <Text fw={700} fz="lg" c="violet.9">
        Acuerda
      </Text>
    </Group>
  );
}
