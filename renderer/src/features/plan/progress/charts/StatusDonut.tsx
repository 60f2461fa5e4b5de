/** How many activities are done, on track, behind or not started: a ring with each slice named. */
import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Cell, Pie, PieChart, type PieLabelRenderProps } from 'recharts';
import type { PlanProgress } from '../../../../../../shared/domain/plan';
import { ACTIVITY_STATUSES } from '../../../../../../shared/rules/planProgress';
import { CHART_FONT, INK, STATUS_FILLS } from '../../../../components/charts/chartStyle';

const HEIGHT = 240;

export function StatusDonut({ counts }: { counts: PlanProgress['statusCounts'] }) {
  const { t } = useTranslation();
  const data = ACTIVITY_STATUSES.filter((status) => counts[status] > 0).map((status) => ({
    status,
    name: t(`plan.activityStatus.${status}`),
    value: counts[status],
  }));
  const summary = `${t('plan.progress.charts.statuses')}: ${data.map((d) => `${d.name} ${d.value}`).join('; ')}`;
  if (data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('plan.progress.charts.noActivities')}
      </Text>
    );
  }
  const label = ({ name, value, x, y, textAnchor }: PieLabelRenderProps) => (
    <text x={x} y={y} textAnchor={textAnchor} dominantBaseline="central" fill={INK} fontSize={12} fontFamily={CHART_FONT}>
      {`${name}: ${value}`}
    </text>
  );
  return (
    <Box role="img" aria-label={summary}>
      <PieChart width="100%" height={HEIGHT} responsive accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <Pie data={data} dataKey="value" nameKey="name" innerRadius={48} outerRadius={78} paddingAngle={2} label={label} labelLine isAnimationActive={false} stroke="#fff">
          {data.map((d) => (
            <Cell key={d.status} fill={STATUS_FILLS[d.status]} />
          ))}
        </Pie>
      </PieChart>
    </Box>
  );
}
