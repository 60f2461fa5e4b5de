/** The heading of a part of a session's tab: its title, a line of help, and its main action. */
import { Group, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';

interface SectionHeadingProps {
  /** The id the section's aria-labelledby points to. */
  id: string;
  title: string;
  help: string;
  order?: TitleOrder;
  action?: ReactNode;
}

export function SectionHeading({ id, title, help, order = 2, action }: SectionHeadingProps) {
  return (
    <Group justify="space-between" align="flex-end">
      <Stack gap={2}>
        <Title order={order} fz={order === 2 ? 'xl' : 'lg'} id={id}>
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {help}
        </Text>
      </Stack>
      {action}
    </Group>
  );
}
