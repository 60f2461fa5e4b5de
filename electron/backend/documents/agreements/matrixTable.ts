/** The matrix's table: a row per agreement under the columns of documents.md §5. */
import type { Table } from 'docx';
import { NO_FIGURE, percent } from '../../../../shared/rules/figures';
import { shortDate } from '../../../../shared/rules/spanish';
import type { CellContent } from '../kit/parts/cells';
import { dataTable, type Column } from '../kit/parts/table';
import { CONTENT_WIDTH } from '../kit/styles';
import { numberCell, statusCell } from './cells';
import type { MatrixRowData } from './data';
import { deadlineText } from './wording';

// Weights in centimetres of the 24.7 cm between landscape margins. The number column is wide
// enough for "005-2026-MDVE/GDS-ST" on one line, the dates, statuses and "% avance" never wrap.
const COLUMNS: Column[] = [
  { header: 'N°', weight: 3.8 },
  { header: 'Acuerdo', weight: 4.45 },
  { header: 'Sesión / fecha', weight: 2.55 },
  { header: 'Responsable(s)', weight: 3.25 },
  { header: 'Plazo', weight: 1.75, center: true },
  { header: 'Estado', weight: 1.85, center: true },
  { header: '% avance', weight: 1.55, right: true },
  { header: 'Medio de verificación', weight: 2.85 },
  { header: 'Observaciones', weight: 2.65 },
];

const orDash = (text: string) => (text.trim() === '' ? NO_FIGURE : text);

const lines = (texts: readonly string[]): CellContent => ({ lines: texts.map((text) => ({ text })) });

function rowCells(row: MatrixRowData): CellContent[] {
  return [
    numberCell(row.numberText),
    row.text,
    lines([row.sessionTitle, shortDate(row.sessionDate)]),
    row.responsibles.length === 0 ? NO_FIGURE : lines(row.responsibles),
    deadlineText(row.deadline),
    statusCell(row),
    percent(row.progress / 100),
    orDash(row.verification),
    orDash(row.observations),
  ];
}

export const matrixTable = (rows: readonly MatrixRowData[]): Table =>
  dataTable({ columns: COLUMNS, rows: rows.map(rowCells), width: CONTENT_WIDTH.landscape, compact: true });
