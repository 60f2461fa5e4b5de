/** The plan at a glance: overall progress to the period, and how many activities are in each state. */
import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanProgress } from '../../../../../shared/domain/plan';
import { ACTIVITY_STATUSES } from '../../../../../shared/rules/planProgress';
import { periodName, percent } from '../format';
import { ActivityStatusBadge } from './ActivityStatusBadge';

export function ProgressSummary({ progress }: { progress: PlanProgress }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('plan.progress.summary')}>
      <Group gap="xl" wrap="wrap" align="center">
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t('plan.progress.overall', { period: periodName(t, progress.asOf) })}
          </Text>
          <Text fz={28} fw={700} lh={1.2} data-testid="overall-progress">
            {percent(progress.overall)}
          </Text>
        </Stack>
        <Group gap="lg" wrap="wrap">
          {ACTIVITY_STATUSES.map((status) => (
            <Group key={status} gap={6} wrap="nowrap">
              <Text fw={700}>{progress.statusCounts[status]}</Text>
              <ActivityStatusBadge status={status} />
            </Group>
          ))}
        </Group>
      </Group>
    </Paper>
  );
}
