/** Section I of the acta: who attended, which institutions did not, and the guests. */
import { Paragraph, TextRun, type Table } from 'docx';
import { dataTable, type Column } from '../kit/parts/table';
import { CONTENT_WIDTH, STYLE } from '../kit/styles';
import type { ActaData } from './data';

const COLUMNS: Column[] = [
  { header: 'N°', weight: 0.8, center: true },
  { header: 'Institución', weight: 4.4 },
  { header: 'Representante', weight: 3.4 },
  { header: 'Cargo', weight: 2.8 },
  { header: 'Condición', weight: 1.7, center: true },
];

/** A labelled list, or nothing when the list is empty: the acta never prints an empty heading. */
function listLine(label: string, items: readonly string[]): Paragraph[] {
  if (items.length === 0) return [];
  return [
    new Paragraph({
      style: STYLE.body,
      spacing: { before: 120, after: 0 },
      children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(`${items.join('; ')}.`)],
    }),
  ];
}

function guestText({ name, post, institution }: ActaData['guests'][number]): string {
  const role = [post, institution].filter((s) => s.trim() !== '').join(', ');
  return role === '' ? name : `${name} (${role})`;
}

export function attendanceSection(data: ActaData): (Paragraph | Table)[] {
  const rows = data.attendees.map((a, i) => [String(i + 1), a.institution, a.name, a.post, a.condition]);
  const guests = data.guests.map(guestText);
  return [
    dataTable({ columns: COLUMNS, rows, width: CONTENT_WIDTH.portrait }),
    ...listLine('Instituciones ausentes', data.absent),
    ...listLine('Con justificación', data.excused),
    ...listLine('Invitados (con voz, sin voto)', guests),
  ];
}
