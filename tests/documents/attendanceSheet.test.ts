/** The attendance sheet: landscape, a row to sign per institution, guests' rows, counts in the footer. */
import { describe, expect, it } from 'vitest';
import { buildAttendanceSheet } from '../../electron/backend/documents';
import { attendanceSheet, INSTITUTIONS, SESSION_LINES } from './fixtures';
import { expectInOrder, openDocx, paragraphsOf, placeholdersIn, type DocxFile } from './docx';
import { OFFICE_TIMEOUT, pdfsOf, skipWithoutOffice } from './libreoffice';

const tables = (docx: DocxFile) => [...docx.xml().matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map(([t]) => t);
const rows = (table: string) => [...table.matchAll(/<w:tr>.*?<\/w:tr>/g)].map(([r]) => r);
const cells = (row: string) => [...row.matchAll(/<w:tc>.*?<\/w:tc>/g)].map(([c]) => paragraphsOf(c).map((p) => p.text).join('\n'));
const gridWidth = (table: string) => [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].reduce((sum, m) => sum + Number(m[1]), 0);

/** 1.2 cm in twips, the exact height of a row to sign in. */
const SIGNING_ROW = '<w:trHeight w:val="680" w:hRule="exact"/>';

describe('the attendance sheet', () => {
  it('heads the sheet with the session and its date, time and place', async () => {
    const docx = await openDocx(buildAttendanceSheet(attendanceSheet()));
    expectInOrder(docx.text(), [
      'LISTA DE ASISTENCIA — PRIMERA SESIÓN ORDINARIA 2026',
      ...SESSION_LINES,
      'N°',
      'INVITADOS (con voz, sin voto)',
    ]);
    expect(placeholdersIn(docx)).toEqual([]);
  });

  it('prints one prefilled row per institution with an empty cell to sign, the header repeated on each page', async () => {
    const data = attendanceSheet();
    const [members] = tables(await openDocx(buildAttendanceSheet(data)));
    const [header, ...body] = rows(members!);
    expect(cells(header!)).toEqual(['N°', 'Institución', 'Nombre y apellidos', 'Cargo', 'Condición', 'DNI', 'Firma']);
    expect(header).toContain('<w:tblHeader/>');
    expect(body).toHaveLength(INSTITUTIONS.length);
    expect(cells(body[0]!)).toEqual(['1', data.rows[0]!.institution, data.rows[0]!.name, data.rows[0]!.post, 'Titular', data.rows[0]!.dni, '']);
    expect(cells(body[17]!)).toEqual(['18', 'Junta Vecinal Comunal del Sector 3', '', '', '', '', '']);
    for (const row of body) {
      expect(row).toContain(SIGNING_ROW);
      expect(row).toContain('<w:cantSplit/>');
      expect(row).not.toContain('<w:tblHeader/>');
    }
  });

  it('adds the known guests and then blank rows for the unannounced ones', async () => {
    const data = attendanceSheet();
    const [, guests] = tables(await openDocx(buildAttendanceSheet(data)));
    const [header, ...body] = rows(guests!);
    expect(cells(header!)).toEqual(['N°', 'Nombre y apellidos', 'Institución', 'Cargo', 'DNI', 'Firma']);
    expect(body.map(cells)).toEqual([
      ['1', 'Patricia Ruiz Salazar', 'Ministerio de la Mujer y Poblaciones Vulnerables', 'Especialista territorial', '', ''],
      ['2', 'Daniel Ccahuana Poma', 'Universidad Nacional de Villa Esperanza', 'Docente investigador', '', ''],
      ...['3', '4', '5', '6', '7', '8'].map((n) => [n, '', '', '', '', '']),
    ]);
    for (const row of body) expect(row).toContain(SIGNING_ROW);
  });

  it('fits both tables exactly between the landscape margins', async () => {
    for (const table of tables(await openDocx(buildAttendanceSheet(attendanceSheet())))) {
      expect(gridWidth(table)).toBe(16838 - 2 * 1417);
    }
  });

  it('counts the printed rows in the footer, next to the page number', async () => {
    const docx = await openDocx(buildAttendanceSheet(attendanceSheet()));
    const footer = docx.partsLike(/^word\/footer\d*\.xml$/)[0];
    expect(docx.text(footer)).toMatch(/^Página .* de .* · Filas impresas: 19 de instituciones y 8 de invitados$/);
  });

  it('leaves out the guests part when there are no guests and no blank rows', async () => {
    const docx = await openDocx(buildAttendanceSheet({ ...attendanceSheet(), guests: [], blankGuestRows: 0 }));
    expect(docx.text()).not.toContain('INVITADOS');
    expect(tables(docx)).toHaveLength(1);
    expect(docx.text(docx.partsLike(/^word\/footer\d*\.xml$/)[0])).toContain('19 de instituciones y 0 de invitados');
  });
});

describe.skipIf(skipWithoutOffice)('the attendance sheet in LibreOffice', () => {
  const pdfs = pdfsOf(async () => ({ sheet: (await openDocx(buildAttendanceSheet(attendanceSheet()))).bytes }));

  it('prints every institution and guest row, in order, over a few pages', async () => {
    const { sheet: pdf } = await pdfs();
    const firstWords = INSTITUTIONS.map((i) => i.split(' ').slice(0, 2).join(' '));
    expectInOrder(pdf.text, ['LISTA DE ASISTENCIA — PRIMERA SESIÓN ORDINARIA 2026', ...firstWords, 'INVITADOS (con voz, sin voto)', 'Patricia Ruiz Salazar']);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    expect(pdf.pages.length).toBeLessThanOrEqual(4);
  }, OFFICE_TIMEOUT);

  it('repeats the column headings and the footer on every page', async () => {
    const { sheet: pdf } = await pdfs();
    pdf.pages.forEach((page, i) => {
      expect(page).toMatch(/N°\s+Institución\s+Nombre y apellidos\s+Cargo\s+Condición\s+DNI\s+Firma|N°\s+Nombre y apellidos\s+Institución\s+Cargo\s+DNI\s+Firma/);
      expect(page).toContain(`Página ${i + 1} de ${pdf.pages.length} · Filas impresas: 19 de instituciones y 8 de invitados`);
    });
  }, OFFICE_TIMEOUT);
});
