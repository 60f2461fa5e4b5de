/**
 * "Avance": target versus actual up to a chosen period, in charts and per strategic line, and the
 * reports of each indicator. Figures come from the backend; a saved report refreshes them.
 */
import { EmptyState, Group, Stack, Text } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../../shared/domain/plan';
import { ON_TRACK_SHARE } from '../../../../../shared/rules/planProgress';
import { QueryState } from '../../../components/QueryState';
import { percent } from '../format';
import { usePlanProgress } from '../queries';
import { LineProgressTable } from './LineProgressTable';
import { PeriodSelect } from './PeriodSelect';
import { ProgressCharts } from './ProgressCharts';
import { ProgressSummary } from './ProgressSummary';

export function ProgressTab({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const draft = plan.status === 'borrador';
  // Null until the user picks a period: the backend's default, the period under way.
  const [asOf, setAsOf] = useState<string | null>(null);
  const progress = usePlanProgress(plan.id, asOf, !draft);

  if (draft) {
    return (
      <EmptyState py="lg" icon={<IconChartBar size={28} />} withIndicatorBackground title={t('plan.progress.draftTitle')} description={t('plan.progress.draftBody')} maw={640} mx="auto" />
    );
  }
  return (
    <QueryState query={progress}>
      {(figures) => (
        <Stack gap="lg">
          <Group align="flex-end" gap="lg" wrap="wrap">
            <PeriodSelect periods={plan.periods} value={figures.asOf} onChange={setAsOf} />
            <Text size="sm" c="dimmed" maw={560} pb={4}>
              {t('plan.progress.intro', { share: percent(ON_TRACK_SHARE) })}
              {plan.status === 'cerrado' && ` ${t('plan.progress.closedNote')}`}
            </Text>
          </Group>
          <ProgressSummary progress={figures} />
          <ProgressCharts progress={figures} />
          {plan.lines.map((line, index) => (
            <LineProgressTable key={line.id} plan={plan} line={line} number={index + 1} progress={figures} />
          ))}
        </Stack>
      )}
    </QueryState>
  );
}
