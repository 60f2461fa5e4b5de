/**
 * An activity's schedule as the planner's grid: the quarters T1–T4 of each year of the plan, ticked
 * where the activity takes place. A tick shows a check mark, so the grid reads in grey print too.
 */
import { Badge, Chip, Group, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface ScheduleGridProps {
  /** The plan's quarters, in order: "2026-T1" … */
  quarters: readonly string[];
  value: readonly string[];
  /** Absent: the grid only shows the schedule. */
  onChange?: (schedule: string[]) => void;
  disabled?: boolean;
}

const byYear = (quarters: readonly string[]) => {
  const years = new Map<string, string[]>();
  for (const code of quarters) {
    const year = code.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), code]);
  }
  return [...years.entries()];
};

export function ScheduleGrid({ quarters, value, onChange, disabled = false }: ScheduleGridProps) {
  const { t } = useTranslation();
  const toggle = (code: string, on: boolean) => {
    const next = on ? [...value, code] : value.filter((q) => q !== code);
    onChange?.(quarters.filter((q) => next.includes(q)));
  };
  return (
    <Group gap="md" wrap="wrap">
      {byYear(quarters).map(([year, codes]) => (
        <Group key={year} gap={4} wrap="nowrap" role="group" aria-label={t('plan.schedule.year', { year })}>
          <Text size="xs" fw={600} w={34}>
            {year}
          </Text>
          {codes.map((code) => {
            const label = t('plan.schedule.short', { n: code.slice(6) });
            const on = value.includes(code);
            return onChange ? (
              <Chip key={code} size="xs" checked={on} disabled={disabled} onChange={(checked) => toggle(code, checked)} aria-label={t('plan.schedule.quarter', { quarter: label, year })}>
                {label}
              </Chip>
            ) : (
              <Badge
                key={code}
                size="sm"
                radius="sm"
                variant={on ? 'filled' : 'outline'}
                color={on ? 'violet' : 'gray'}
                leftSection={on ? <IconCheck size={10} aria-hidden /> : undefined}
                aria-label={t(on ? 'plan.schedule.on' : 'plan.schedule.off', { quarter: label, year })}
              >
                {label}
              </Badge>
            );
          })}
        </Group>
      ))}
    </Group>
  );
}
