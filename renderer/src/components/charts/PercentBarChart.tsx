/**
 * Shares as horizontal bars with their percentage written at the end of each bar: progress by
 * strategic line, attendance by institution. Drawn at a fixed width for the Word report, else as wide as its box.
 */
import { Box } from '@mantine/core';
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import { percent } from '../../../../shared/rules/figures';
import { AXIS, BAR, CHART_FONT, INK, TRACK, tickStyle } from './chartStyle';
import { WrappedTick } from './WrappedTick';

export interface ShareRow {
  name: string;
  ratio: number | null;
}

interface PercentBarChartProps {
  rows: readonly ShareRow[];
  /** What the chart shows, read out with every figure. */
  title: string;
  /** Pixels; as wide as its box when absent. */
  width?: number;
}

const ROW_HEIGHT = 46;

export function PercentBarChart({ rows, title, width }: PercentBarChartProps) {
  const data = rows.map((row) => ({ name: row.name, value: row.ratio === null ? 0 : Math.min(100, Math.round(row.ratio * 100)), label: percent(row.ratio) }));
  const height = rows.length * ROW_HEIGHT + 36;
  const summary = `${title}: ${rows.map((row) => `${row.name} ${percent(row.ratio)}`).join('; ')}`;
  return (
    <Box role="img" aria-label={summary} w={width}>
      <BarChart
        layout="vertical"
        data={data}
        width={width ?? '100%'}
        height={height}
        responsive={width === undefined}
        margin={{ top: 4, right: 56, bottom: 4, left: 8 }}
        accessibilityLayer={false}
        style={{ fontFamily: CHART_FONT }}
      >
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => percent(v / 100)} tick={{ ...tickStyle, fill: AXIS }} stroke={AXIS} />
        <YAxis type="category" dataKey="name" width={230} tick={WrappedTick} interval={0} stroke={AXIS} />
        {/* A 2-pixel stub keeps the label of a 0 % row: recharts draws no label for an empty bar. */}
        <Bar dataKey="value" fill={BAR} barSize={22} minPointSize={2} background={{ fill: TRACK }} isAnimationActive={false}>
          <LabelList dataKey="label" position="right" fill={INK} fontSize={13} fontWeight={600} fontFamily={CHART_FONT} />
        </Bar>
      </BarChart>
    </Box>
  );
}
