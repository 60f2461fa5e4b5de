/** A category name on the chart's axis, wrapped over two lines and cut with "…" beyond them. */
import { CHART_FONT, INK } from './chartStyle';

const LINE_CHARS = 34;
const MAX_LINES = 2;

export function wrapLines(text: string): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current && `${current} ${word}`.length > LINE_CHARS) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  if (lines.length <= MAX_LINES) return lines;
  const kept = lines.slice(0, MAX_LINES);
  kept[MAX_LINES - 1] = `${kept[MAX_LINES - 1]!.slice(0, LINE_CHARS - 1)}…`;
  return kept;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

export function WrappedTick({ x = 0, y = 0, payload }: TickProps) {
  const lines = wrapLines(String(payload?.value ?? ''));
  const top = -((lines.length - 1) * 14) / 2;
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" fontSize={12} fill={INK} fontFamily={CHART_FONT}>
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x) - 6} dy={i === 0 ? top + 4 : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
