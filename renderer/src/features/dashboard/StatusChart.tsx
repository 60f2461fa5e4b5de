/** Agreements by standing: one horizontal bar each, named on the left and counted at its end. */
import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import { STANDING_KEYS, type StandingCounts } from '../../../../shared/rules/agreementStatus';
import { AXIS, CHART_FONT, INK, tickStyle } from '../../components/charts/chartStyle';
import { statusLabel } from '../agreements';
import { BAR_OUTLINE, STANDING_FILLS } from './standingFills';

const ROW_HEIGHT = 36;

export function StatusChart({ counts }: { counts: StandingCounts }) {
  const { t } = useTranslation();
  // Each entry carries its own fill (a colour, or a colour with a texture): Recharts paints it.
  const data = STANDING_KEYS.map((key) => ({
    key,
    // "Vencido" is not a status but a standing: it is worded as the register words it.
    name: key === 'vencido' ? t('agreements.overdue') : statusLabel(t, key),
    value: counts[key],
    fill: STANDING_FILLS[key],
  }));
  const summary = `${t('dashboard.status.title')}: ${data.map((d) => `${d.name} ${d.value}`).join('; ')}`;
  return (
    <Box role="img" aria-label={summary}>
      <BarChart
        layout="vertical"
        data={data}
        width="100%"
        height={data.length * ROW_HEIGHT + 8}
        responsive
        margin={{ top: 4, right: 44, bottom: 4, left: 4 }}
        accessibilityLayer={false}
        style={{ fontFamily: CHART_FONT }}
      >
        <XAxis type="number" hide domain={[0, 'dataMax']} />
        <YAxis type="category" dataKey="name" width={104} tick={tickStyle} tickLine={false} stroke={AXIS} interval={0} />
        {/* A stub for zero, so every status gets its figure written, "0" included. */}
        <Bar dataKey="value" barSize={22} minPointSize={2} stroke={BAR_OUTLINE} strokeWidth={1} isAnimationActive={false}>
          <LabelList dataKey="value" position="right" fill={INK} fontSize={13} fontWeight={700} fontFamily={CHART_FONT} />
        </Bar>
      </BarChart>
    </Box>
  );
}
