/**
 * The attendance sheet signed at the door: landscape, one row per member institution with the
 * accredited names prefilled and room to sign, then the guests' rows, known ones first.
 */
import { Paragraph, type Document } from 'docx';
import { officialDocument } from '../kit/document';
import { detailBlock } from '../kit/parts/details';
import { dataTable, type Column } from '../kit/parts/table';
import { cm, CONTENT_WIDTH, STYLE } from '../kit/styles';
import type { AttendanceSheetData } from './data';
import { sessionDetails } from './sessionDetails';

const WIDTH = CONTENT_WIDTH.landscape;
/** Tall enough to sign by hand. */
const SIGNING_ROW = cm(1.2);

const MEMBER_COLUMNS: Column[] = [
  { header: 'N°', weight: 0.9, center: true },
  { header: 'Institución', weight: 5.2 },
  { header: 'Nombre y apellidos', weight: 4.6 },
  { header: 'Cargo', weight: 3.6 },
  { header: 'Condición', weight: 2.1, center: true },
  { header: 'DNI', weight: 2.1, center: true },
  { header: 'Firma', weight: 6.1 },
];

const GUEST_COLUMNS: Column[] = [
  { header: 'N°', weight: 0.9, center: true },
  { header: 'Nombre y apellidos', weight: 5.2 },
  { header: 'Institución', weight: 5.0 },
  { header: 'Cargo', weight: 4.0 },
  { header: 'DNI', weight: 2.1, center: true },
  { header: 'Firma', weight: 6.3 },
];

export function buildAttendanceSheet(data: AttendanceSheetData): Document {
  const memberRows = data.rows.map((r, i) => [String(i + 1), r.institution, r.name, r.post, r.condition, r.dni, '']);
  const known = data.guests.map((g) => [g.name, g.institution, g.post, '', '']);
  const blank = Array.from({ length: data.blankGuestRows }, () => ['', '', '', '', '']);
  const guestRows = [...known, ...blank].map((row, i) => [String(i + 1), ...row]);
  // The count lets whoever files the signed sheet see that no page went missing.
  const footerNote = `Filas impresas: ${memberRows.length} de instituciones y ${guestRows.length} de invitados`;
  return officialDocument({
    title: `Lista de asistencia — ${data.session.titleUpper}`,
    letterhead: data.letterhead,
    orientation: 'landscape',
    footerNotes: [footerNote],
    children: [
      new Paragraph({ style: STYLE.title, text: `LISTA DE ASISTENCIA — ${data.session.titleUpper}` }),
      ...detailBlock(sessionDetails(data.session)),
      dataTable({ columns: MEMBER_COLUMNS, rows: memberRows, width: WIDTH, rowHeight: SIGNING_ROW }),
      ...(guestRows.length === 0
        ? []
        : [
            new Paragraph({ style: STYLE.heading, text: 'INVITADOS (con voz, sin voto)' }),
            dataTable({ columns: GUEST_COLUMNS, rows: guestRows, width: WIDTH, rowHeight: SIGNING_ROW }),
          ]),
    ],
  });
}
