/**
 * The matriz de seguimiento as a spreadsheet, for whoever tallies or filters it further: the same
 * rows as the Word matrix with real dates and numbers, a filter on the header and the header frozen,
 * and a second sheet with the totals.
 */
import ExcelJS from 'exceljs';
import { longDate } from '../../../../shared/rules/spanish';
import { upper } from '../kit/wording';
import type { MatrixData, MatrixRowData } from './data';
import { DATE_FORMAT, excelDate, fitHeight, font, styleBody, styleHeader } from './sheetStyle';
import { addSummarySheet } from './summarySheet';
import { NO_DEADLINE, OVERDUE } from './wording';

interface SheetColumn {
  header: string;
  /** In characters, as Excel measures columns. */
  width: number;
  value: (row: MatrixRowData) => ExcelJS.CellValue;
  numFmt?: string;
  align?: 'center' | 'right';
}

const dateOrText = (iso: string | null) => (iso === null ? NO_DEADLINE : excelDate(iso));

// The session and its date apart, unlike the Word matrix, so the date is one a filter can use.
const COLUMNS: SheetColumn[] = [
  { header: 'N°', width: 25, value: (r) => r.numberText },
  { header: 'Acuerdo', width: 50, value: (r) => r.text },
  { header: 'Sesión', width: 26, value: (r) => r.sessionTitle },
  { header: 'Fecha de sesión', width: 12, value: (r) => excelDate(r.sessionDate), numFmt: DATE_FORMAT, align: 'center' },
  { header: 'Responsable(s)', width: 32, value: (r) => r.responsibles.join('\n') },
  { header: 'Plazo', width: 12, value: (r) => dateOrText(r.deadline), numFmt: DATE_FORMAT, align: 'center' },
  { header: 'Estado', width: 20, value: (r) => (r.overdue ? `${OVERDUE} (${r.statusLabel})` : r.statusLabel), align: 'center' },
  { header: '% avance', width: 10, value: (r) => r.progress / 100, numFmt: '0%', align: 'right' },
  { header: 'Medio de verificación', width: 32, value: (r) => r.verification },
  { header: 'Observaciones', width: 32, value: (r) => r.observations },
];
const WIDTHS = COLUMNS.map((c) => c.width);

/** The title, the instancia, the filters and the cut, each a row across the table's width. */
function titleRows(sheet: ExcelJS.Worksheet, data: MatrixData): void {
  const lines = [upper(data.title), data.taskforceName, ...data.filters, `Información al ${longDate(data.cutDate)}`];
  lines.forEach((text, i) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, COLUMNS.length);
    row.font = i === 0 ? font({ bold: true, size: 12 }) : font();
  });
  sheet.addRow([]);
}

function addMatrixSheet(workbook: ExcelJS.Workbook, data: MatrixData): void {
  const sheet = workbook.addWorksheet('Matriz', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  titleRows(sheet, data);
  const header = sheet.addRow(COLUMNS.map((c) => c.header));
  styleHeader(header);
  fitHeight(header, WIDTHS);
  for (const agreement of data.rows) {
    const row = sheet.addRow(COLUMNS.map((c) => c.value(agreement)));
    COLUMNS.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      // VENCIDO in bold as in the Word matrix: a grey print loses any colour.
      styleBody(cell, column.align, column.header === 'Estado' && agreement.overdue);
      if (column.numFmt !== undefined && typeof cell.value !== 'string') cell.numFmt = column.numFmt;
    });
    fitHeight(row, WIDTHS);
  }
  sheet.autoFilter = { from: { row: header.number, column: 1 }, to: { row: header.number + data.rows.length, column: COLUMNS.length } };
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
}

export async function buildAgreementMatrixSheet(data: MatrixData): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Acuerda';
  workbook.title = data.title;
  // Dated by the cut rather than by the clock: the file's properties then say when its information is from.
  workbook.created = workbook.modified = excelDate(data.cutDate);
  addMatrixSheet(workbook, data);
  addSummarySheet(workbook, data);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
