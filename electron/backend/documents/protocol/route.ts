/** The care route as a table: who does what, in which order, within what time, and what the victim is told. */
import type { Table } from 'docx';
import { NO_FIGURE } from '../../../../shared/rules/figures';
import { dataTable, type Column } from '../kit/parts/table';
import { CONTENT_WIDTH } from '../kit/styles';
import type { ProtocolChapter } from './data';

type Step = Extract<ProtocolChapter, { kind: 'route' }>['steps'][number];

const COLUMNS: Column[] = [
  { header: 'Paso', weight: 3.0 },
  { header: 'Institución', weight: 3.6 },
  { header: 'Acción', weight: 6.4 },
  { header: 'Plazo', weight: 2.4 },
  { header: 'Punto de contacto', weight: 3.6 },
  { header: 'Qué se informa a la víctima', weight: 5.6 },
];

const orDash = (text: string) => (text.trim() === '' ? NO_FIGURE : text.trim());

export const routeTable = (steps: readonly Step[]): Table =>
  dataTable({
    columns: COLUMNS,
    rows: steps.map((s) => [
      { lines: [{ text: s.step, bold: true }] },
      s.institution,
      s.action,
      orDash(s.timeframe),
      orDash(s.contactPoint),
      orDash(s.victimInformation),
    ]),
    width: CONTENT_WIDTH.landscape,
  });
