/**
 * Progress per strategic line: a table of its indicators, target to date against what was achieved,
 * the activity and its state merged down over the activity's indicators.
 */
import { Paragraph, type FileChild } from 'docx';
import { ACTIVITY_STATUS_LABELS } from '../../../../shared/domain/plan';
import { NO_FIGURE, percent, quantity } from '../../../../shared/rules/figures';
import type { CellContent, RowContent } from '../kit/parts/cells';
import { numberedSubheading } from '../kit/parts/chapter';
import { dataTable, type Column } from '../kit/parts/table';
import { CONTENT_WIDTH, STYLE } from '../kit/styles';
import type { PlanReportData } from './data';

type Line = PlanReportData['lines'][number];
type Row = Line['rows'][number];

const COLUMNS: Column[] = [
  { header: 'Actividad', weight: 5.2 },
  { header: 'Indicador', weight: 4.6 },
  { header: 'Meta del periodo', weight: 1.8, right: true },
  { header: 'Logro', weight: 1.8, right: true },
  { header: '%', weight: 1.3, right: true },
  { header: 'Estado', weight: 2.0, center: true },
  { header: 'Comentario', weight: 6.0 },
];

/** Consecutive rows of one activity. */
function byActivity(rows: readonly Row[]): Row[][] {
  const groups: Row[][] = [];
  for (const row of rows) {
    const group = groups.at(-1);
    if (group?.[0]?.activity === row.activity) group.push(row);
    else groups.push([row]);
  }
  return groups;
}

// Bold as well as worded, so a delay is seen on a grey print.
const statusCell = (label: string, rowSpan: number): CellContent => ({ lines: [{ text: label, bold: label === ACTIVITY_STATUS_LABELS.behind }], rowSpan });

function groupRows(group: readonly Row[]): RowContent[] {
  const span = group.length;
  const sharedStatus = group.every((r) => r.statusLabel === group[0]!.statusLabel);
  return group.map((row, i) => {
    const indicator = row.unit.trim() === '' ? row.indicator : `${row.indicator} (${row.unit.trim()})`;
    const figures = [indicator, quantity(row.targetToDate), quantity(row.achievedToDate), percent(row.ratio)];
    const comment = row.comment.trim() === '' ? NO_FIGURE : row.comment.trim();
    const cells: CellContent[] =
      i === 0
        ? [{ lines: [{ text: row.activity }], rowSpan: span }, ...figures, statusCell(row.statusLabel, sharedStatus ? span : 1), comment]
        : [...figures, ...(sharedStatus ? [] : [statusCell(row.statusLabel, 1)]), comment];
    return { cells, keepWithNext: i < span - 1 };
  });
}

function lineProgress(line: Line): Paragraph {
  const text = line.ratio === null ? 'Avance de la línea: sin metas vencidas en el periodo.' : `Avance de la línea: ${percent(line.ratio)}.`;
  return new Paragraph({ style: STYLE.plain, keepNext: true, spacing: { after: 120 }, text });
}

export function lineSections(lines: readonly Line[], chapter: number): FileChild[] {
  return lines.flatMap((line, i) => [
    numberedSubheading(`${chapter}.${i + 1}`, `Línea estratégica ${line.number}: ${line.title}`),
    lineProgress(line),
    line.rows.length === 0
      ? new Paragraph({ style: STYLE.body, text: 'La línea no tiene indicadores registrados.' })
      : dataTable({ columns: COLUMNS, rows: byActivity(line.rows).flatMap(groupRows), width: CONTENT_WIDTH.landscape, compact: true }),
  ]);
}
