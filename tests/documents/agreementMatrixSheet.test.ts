/** The matriz de seguimiento as a spreadsheet: read back cell by cell, values as real dates and numbers. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildAgreementMatrixSheet } from '../../electron/backend/documents';
import type { MatrixData } from '../../electron/backend/documents';
import { emptyMatrix, LONG_AGREEMENT, matrix } from './agreementFixtures';

async function workbookOf(data: MatrixData = matrix()): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // A copy of exactly the file's bytes: exceljs reads an ArrayBuffer whole.
  await workbook.xlsx.load((await buildAgreementMatrixSheet(data)).slice().buffer);
  return workbook;
}

const HEADER = ['N°', 'Acuerdo', 'Sesión', 'Fecha de sesión', 'Responsable(s)', 'Plazo', 'Estado', '% avance', 'Medio de verificación', 'Observaciones'];
/** Title, instancia, two filter lines, the cut and a blank row above it. */
const HEADER_ROW = 7;
/** The row of the fixture's agreement `n`. */
const rowOf = (n: number) => HEADER_ROW + n;

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const valuesOf = (row: ExcelJS.Row, columns: number) => Array.from({ length: columns }, (_, i) => row.getCell(i + 1).value);

async function matrixSheet(data?: MatrixData) {
  return (await workbookOf(data)).getWorksheet('Matriz')!;
}

describe('the agreement matrix spreadsheet', () => {
  it('holds the matrix and its summary, by Acuerda', async () => {
    const workbook = await workbookOf();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Matriz', 'Resumen']);
    expect(workbook.creator).toBe('Acuerda');
    expect(workbook.created).toEqual(utc(2026, 11, 27));
  });

  it('heads the sheet with the title, the instancia, the filters and the cut', async () => {
    const sheet = await matrixSheet();
    expect([1, 2, 3, 4, 5].map((r) => sheet.getCell(r, 1).value)).toEqual([
      'MATRIZ DE SEGUIMIENTO DE ACUERDOS',
      matrix().taskforceName,
      'Periodo: 1 de enero al 31 de diciembre de 2026',
      'Estado: todos',
      'Información al 27 de noviembre de 2026',
    ]);
    expect(sheet.getCell('A1').font.bold).toBe(true);
  });

  it('writes the column headings in order, bold on a grey fill with borders', async () => {
    const sheet = await matrixSheet();
    const header = sheet.getRow(HEADER_ROW);
    expect(valuesOf(header, HEADER.length + 1)).toEqual([...HEADER, null]);
    header.eachCell((cell) => {
      expect(cell.font.bold).toBe(true);
      expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } });
      expect(cell.border.bottom?.style).toBe('thin');
    });
  });

  it('writes an agreement’s cells as values: text, real dates and the progress as a share', async () => {
    const sheet = await matrixSheet();
    const row = sheet.getRow(rowOf(2));
    expect(valuesOf(row, HEADER.length)).toEqual([
      'ACUERDO N° 002-2026-MDVE/GDS',
      'Ampliar el patrullaje integrado a los Sectores 4 y 5',
      'Primera Sesión Ordinaria 2026',
      utc(2026, 3, 12),
      'Comisaría PNP Villa Esperanza\nGerencia de Seguridad Ciudadana',
      utc(2026, 4, 30),
      'VENCIDO (En proceso)',
      0.4,
      'Oficio N° 045-2026-CPNP-VE',
      'La Comisaría informó que espera la asignación de dos unidades móviles.',
    ]);
    expect(row.getCell(4).numFmt).toBe('dd/mm/yyyy');
    expect(row.getCell(6).numFmt).toBe('dd/mm/yyyy');
    expect(row.getCell(8).numFmt).toBe('0%');
    expect(row.getCell(5).alignment.wrapText).toBe(true);
    expect(sheet.getCell(rowOf(5), 2).value).toBe(LONG_AGREEMENT);
  });

  it('says "Sin plazo" in the deadline of an agreement that has none, and 100 % as 1', async () => {
    const row = (await matrixSheet()).getRow(rowOf(3));
    expect(row.getCell(6).value).toBe('Sin plazo');
    expect(row.getCell(8).value).toBe(1);
  });

  it('sets VENCIDO in bold and no other status', async () => {
    const sheet = await matrixSheet();
    matrix().rows.forEach((agreement, i) => {
      const status = sheet.getCell(rowOf(i + 1), 7);
      expect(String(status.value).startsWith('VENCIDO')).toBe(agreement.overdue);
      expect(status.font.bold ?? false).toBe(agreement.overdue);
    });
  });

  it('filters on the header over the rows, freezes the panes under it and prints it on every page', async () => {
    const sheet = await matrixSheet();
    expect(sheet.autoFilter).toBe(`A${HEADER_ROW}:J${rowOf(matrix().rows.length)}`);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` });
  });

  it('makes each row tall enough for its longest wrapped cell', async () => {
    const sheet = await matrixSheet();
    // Agreement 8 has no cell longer than a line; agreement 5 wraps its text over five lines or more.
    const oneLine = sheet.getRow(rowOf(8)).height;
    expect(sheet.getRow(rowOf(5)).height).toBeGreaterThanOrEqual(4 * oneLine);
  });

  it('sums up the standings as numbers and the share fulfilled as a percentage', async () => {
    const summary = (await workbookOf()).getWorksheet('Resumen')!;
    const rows = [5, 6, 7, 8, 9, 10, 11].map((r) => valuesOf(summary.getRow(r), 2));
    expect(valuesOf(summary.getRow(4), 2)).toEqual(['Estado', 'Acuerdos']);
    expect(rows).toEqual([
      ['Pendiente (al día)', 1],
      ['En proceso (al día)', 2],
      ['Vencido', 3],
      ['Cumplido', 4],
      ['No cumplido', 1],
      ['Anulado', 1],
      ['Total', 12],
    ]);
    const share = summary.getCell('B13');
    expect(summary.getCell('A13').value).toBe('Porcentaje de cumplimiento');
    expect(share.value).toBeCloseTo(4 / 11, 10);
    expect(share.numFmt).toBe('0.0%');
  });

  it('keeps the header and its filter when no agreement meets the filters, and says so in the summary', async () => {
    const workbook = await workbookOf(emptyMatrix());
    const sheet = workbook.getWorksheet('Matriz')!;
    // One filter line, so the header is a row higher.
    expect(sheet.getCell(HEADER_ROW - 1, 1).value).toBe('N°');
    expect(sheet.autoFilter).toBe(`A${HEADER_ROW - 1}:J${HEADER_ROW - 1}`);
    expect(sheet.rowCount).toBe(HEADER_ROW - 1);
    const summary = workbook.getWorksheet('Resumen')!;
    expect(summary.getCell('B11').value).toBe(0);
    expect(summary.getCell('B13').value).toBe('Sin acuerdos computables');
  });
});
