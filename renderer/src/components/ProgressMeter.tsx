/** "40 %" with a bar beside it; the bar only repeats the figure, so screen readers hear the figure once. */
import { Group, Progress, Text } from '@mantine/core';
import { percent } from '../../../shared/rules/figures';

export function ProgressMeter({ value, width = 64 }: { value: number; width?: number }) {
  return (
    <Group gap={8} wrap="nowrap">
      <Progress value={value} w={width} size="md" radius="xl" color={value === 100 ? 'teal' : 'violet'} aria-hidden />
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {percent(value / 100)}
      </Text>
    </Group>
  );
}
