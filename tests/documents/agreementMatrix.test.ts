/** The matriz de seguimiento de acuerdos (documents.md §5): landscape, a row per agreement, the summary by standing. */
import { describe, expect, it } from 'vitest';
import { buildAgreementMatrix } from '../../electron/backend/documents';
import type { MatrixData } from '../../electron/backend/documents';
import { CUT_DATE, emptyMatrix, LONG_AGREEMENT, matrix } from './agreementFixtures';
import { expectInOrder, openDocx, placeholdersIn, type DocxFile } from './docx';
import { OFFICE_TIMEOUT, pdfsOf, skipWithoutOffice } from './libreoffice';
import { cellsOf, gridWidth, NBSP, rowsOf, rowTexts, sectionsOf, tablesOf, TEXT_WIDTH } from './structure';

const open = (data: MatrixData = matrix()) => openDocx(buildAgreementMatrix(data));

const HEADER = ['N°', 'Acuerdo', 'Sesión / fecha', 'Responsable(s)', 'Plazo', 'Estado', '% avance', 'Medio de verificación', 'Observaciones'];

/** A bold run holding exactly `text`. */
const boldRun = (text: string) => new RegExp(`<w:r><w:rPr><w:b/><w:bCs/>(?:<[^>]+/>)*</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`);

async function tables(data?: MatrixData) {
  const [agreements, summary] = tablesOf((await open(data)).xml());
  return { agreements: rowsOf(agreements!), summary: rowsOf(summary!) };
}

const headerText = (docx: DocxFile) => docx.partsLike(/^word\/header\d*\.xml$/).map((h) => docx.text(h)).join('\n');

describe('the agreement matrix', () => {
  it('prints the title, the instancia, the filters and the cut, then the table and the summary, in order', async () => {
    const docx = await open();
    expectInOrder(docx.text(), [
      'MATRIZ DE SEGUIMIENTO DE ACUERDOS',
      'Instancia Distrital de Concertación para erradicar la violencia contra las mujeres y los integrantes del grupo familiar de Villa Esperanza',
      'Periodo: 1 de enero al 31 de diciembre de 2026',
      'Estado: todos',
      'Información al 27 de noviembre de 2026',
      ...HEADER,
      'Aprobar el Plan de Acción Local 2026-2027',
      'Difundir el directorio de servicios de atención',
      'RESUMEN POR ESTADO',
      `Porcentaje de cumplimiento: 36,4${NBSP}%`,
    ]);
    expect(placeholdersIn(docx)).toEqual([]);
  });

  it('lays every page out landscape under the letterhead', async () => {
    const docx = await open();
    expect(sectionsOf(docx).map((s) => s.orientation)).toEqual(['landscape']);
    expect(docx.xml()).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expectInOrder(headerText(docx), [
      'MUNICIPALIDAD DISTRITAL DE VILLA ESPERANZA',
      '“Decenio de la Igualdad de Oportunidades para Mujeres y Hombres”',
      '“Año de la Esperanza y el Fortalecimiento de la Democracia”',
    ]);
    expect(docx.text(docx.partsLike(/^word\/footer\d*\.xml$/)[0])).toMatch(/^Página .* de .*$/);
  });

  it('heads the table with the nine columns, repeated on every page, and keeps each row whole', async () => {
    const { agreements } = await tables();
    const [header, ...body] = agreements;
    expect(rowTexts(header!)).toEqual(HEADER);
    expect(header).toContain('<w:tblHeader/>');
    expect(body).toHaveLength(matrix().rows.length);
    for (const row of body) expect(row).toContain('<w:cantSplit/>');
  });

  it('fits the table exactly between the landscape margins', async () => {
    const [agreements] = tablesOf((await open()).xml());
    expect(gridWidth(agreements!)).toBe(TEXT_WIDTH.landscape);
  });

  it('writes each agreement’s number, session and date, responsibles one per line, deadline, status, progress and evidence', async () => {
    const { agreements } = await tables();
    expect(rowTexts(agreements[2]!)).toEqual([
      'ACUERDO N°\n002-2026-MDVE/GDS',
      'Ampliar el patrullaje integrado a los Sectores 4 y 5',
      'Primera Sesión Ordinaria 2026\n12/03/2026',
      'Comisaría PNP Villa Esperanza\nGerencia de Seguridad Ciudadana',
      '30/04/2026',
      'VENCIDO\n(En proceso)',
      `40${NBSP}%`,
      'Oficio N° 045-2026-CPNP-VE',
      'La Comisaría informó que espera la asignación de dos unidades móviles.',
    ]);
    expect(rowTexts(agreements[4]!).slice(3)).toEqual([
      'Centro Emergencia Mujer Villa Esperanza\nUnidad de Gestión Educativa Local N° 09\nMunicipalidad Distrital de Villa Esperanza',
      '15/12/2026',
      'En proceso',
      `60${NBSP}%`,
      'Listas de asistencia de 9 talleres',
      '—',
    ]);
    expect(rowTexts(agreements[5]!)[1]).toBe(LONG_AGREEMENT);
  });

  it('says "Sin plazo" for an agreement without a deadline', async () => {
    const { agreements } = await tables();
    expect(rowTexts(agreements[3]!).slice(4, 7)).toEqual(['Sin plazo', 'Cumplido', `100${NBSP}%`]);
  });

  it('marks overdue agreements VENCIDO in bold, with their status under it in normal weight', async () => {
    const data = matrix();
    const { agreements } = await tables(data);
    data.rows.forEach((row, i) => {
      const status = cellsOf(agreements[i + 1]!)[5]!;
      if (row.overdue) {
        expect(status).toMatch(boldRun('VENCIDO'));
        expect(status).toMatch(new RegExp(`<w:r><w:t xml:space="preserve">\\(${row.statusLabel}\\)</w:t></w:r>`));
      } else {
        expect(status).not.toContain('VENCIDO');
        expect(status).not.toContain('<w:b/>');
      }
    });
    expect(data.rows.filter((r) => r.overdue)).toHaveLength(3);
  });

  it('aligns the progress to the right', async () => {
    const { agreements } = await tables();
    expect(cellsOf(agreements[1]!)[6]).toContain('<w:jc w:val="right"/>');
  });

  it('sums up the agreements by standing, overdue and total in bold, and the share fulfilled', async () => {
    const { summary } = await tables();
    expect(summary.map(rowTexts)).toEqual([
      ['Estado', 'Acuerdos'],
      ['Pendiente (al día)', '1'],
      ['En proceso (al día)', '2'],
      ['Vencido', '3'],
      ['Cumplido', '4'],
      ['No cumplido', '1'],
      ['Anulado', '1'],
      ['Total', '12'],
    ]);
    expect(summary[3]).toMatch(boldRun('Vencido'));
    expect(summary[7]).toMatch(boldRun('12'));
    expect(summary[4]).not.toContain('<w:b/>');
  });

  it('writes the share fulfilled with a decimal comma, and whole shares without decimals', async () => {
    const sentence = async (share: number) => (await open(matrix({ fulfilledShare: share }))).paragraph('Porcentaje de cumplimiento').text;
    expect(await sentence(5 / 8)).toBe(`Porcentaje de cumplimiento: 62,5${NBSP}%`);
    expect(await sentence(1)).toBe(`Porcentaje de cumplimiento: 100${NBSP}%`);
    expect(await sentence(0)).toBe(`Porcentaje de cumplimiento: 0${NBSP}%`);
  });

  it('prints a sentence instead of an empty table when no agreement meets the filters', async () => {
    const docx = await open(emptyMatrix());
    expectInOrder(docx.text(), [
      'Responsable: Juzgado de Paz Letrado de Villa Esperanza',
      `Información al 27 de noviembre de 2026`,
      'No hay acuerdos que cumplan los filtros indicados.',
      'RESUMEN POR ESTADO',
      'Porcentaje de cumplimiento: — (sin acuerdos computables)',
    ]);
    const all = tablesOf(docx.xml());
    expect(all).toHaveLength(1);
    expect(rowTexts(rowsOf(all[0]!).at(-1)!)).toEqual(['Total', '0']);
    expect(placeholdersIn(docx)).toEqual([]);
  });

  it('writes the cut date from the data', async () => {
    const docx = await open(matrix({ cutDate: '2027-01-05' }));
    expect(docx.text()).toContain('Información al 5 de enero de 2027');
    expect(docx.text()).not.toContain(CUT_DATE);
  });
});

describe.skipIf(skipWithoutOffice)('the agreement matrix in LibreOffice', () => {
  const pdfs = pdfsOf(async () => ({ matrix: (await open()).bytes, empty: (await open(emptyMatrix())).bytes }));

  it('prints every agreement in order on landscape pages, numbered "Página X de Y"', async () => {
    const { matrix: pdf } = await pdfs();
    expectInOrder(pdf.text, [
      'MUNICIPALIDAD DISTRITAL DE VILLA ESPERANZA',
      'MATRIZ DE SEGUIMIENTO DE ACUERDOS',
      'Información al 27 de noviembre de 2026',
      ...matrix().rows.map((r) => r.numberText.replace('ACUERDO N° ', '')),
      'RESUMEN POR ESTADO',
      'Porcentaje de cumplimiento: 36,4 %',
    ]);
    expect(pdf.text.match(/VENCIDO/g)).toHaveLength(3);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    expect(pdf.pages.length).toBeLessThanOrEqual(4);
    expect(pdf.landscape.every(Boolean)).toBe(true);
    pdf.pages.forEach((page, i) => expect(page).toContain(`Página ${i + 1} de ${pdf.pages.length}`));
  }, OFFICE_TIMEOUT);

  it('repeats the column headings on every page the table runs onto', async () => {
    const { matrix: pdf } = await pdfs();
    for (const page of pdf.pages.filter((p) => p.includes('-2026-MDVE/GDS'))) {
      expect(page).toMatch(/N°\s+Acuerdo\s+Sesión \/ fecha\s+Responsable\(s\)\s+Plazo\s+Estado\s+% avance/);
    }
  }, OFFICE_TIMEOUT);

  it('prints the empty matrix on one page', async () => {
    const { empty: pdf } = await pdfs();
    expect(pdf.pages).toHaveLength(1);
    expectInOrder(pdf.text, ['No hay acuerdos que cumplan los filtros indicados.', 'RESUMEN POR ESTADO', 'Total 0']);
  }, OFFICE_TIMEOUT);
});
