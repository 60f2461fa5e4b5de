/** The oficio de recordatorio (documents.md §6): to one institution, its open agreements, a report asked before the next session. */
import { describe, expect, it } from 'vitest';
import { buildReminderLetter } from '../../electron/backend/documents';
import type { ReminderLetterData } from '../../electron/backend/documents';
import { reminderLetter } from './agreementFixtures';
import { expectInOrder, openDocx, placeholdersIn } from './docx';
import { OFFICE_TIMEOUT, pdfsOf, skipWithoutOffice } from './libreoffice';
import { cellsOf, gridWidth, rowsOf, rowTexts, sectionsOf, tablesOf, TEXT_WIDTH } from './structure';

const open = (over: Partial<ReminderLetterData> = {}) => openDocx(buildReminderLetter(reminderLetter(over)));

const BODY =
  'Tengo el agrado de dirigirme a usted para saludarle cordialmente y, en mi condición de Secretaría Técnica de la Instancia Distrital de Concertación para erradicar la violencia contra las mujeres y los integrantes del grupo familiar de Villa Esperanza, me permito recordarle los acuerdos a cargo de su representada que se encuentran pendientes de cumplimiento:';

describe('the reminder letter', () => {
  it('reads in the order of an oficio', async () => {
    const docx = await open();
    expectInOrder(docx.text(), [
      'Villa Esperanza, 27 de noviembre de 2026',
      'OFICIO N° 018-2026-MDVE/GDS-ST',
      'Señor(a):\nLuis Alberto Torres Díaz\nComisario\nComisaría PNP Villa Esperanza\nPresente.-',
      'Asunto\t:\tRecordatorio de acuerdos pendientes de cumplimiento',
      'De mi consideración:',
      BODY,
      'N°\nAcuerdo\nPlazo\nEstado',
      'Ampliar el patrullaje integrado a los Sectores 4 y 5',
      'Designar un enlace permanente ante la Instancia',
      'Mucho agradeceré informar a la Secretaría Técnica sobre los avances en su cumplimiento antes de la próxima sesión, programada para el 10 de diciembre de 2026.',
      'Hago propicia la oportunidad para expresarle las muestras de mi especial consideración.',
      'Atentamente,',
      '________________________________\nCARMEN LUCÍA FLORES CHÁVEZ\nGerente de Desarrollo Social\nInstancia Distrital de Concertación',
    ]);
    expect(placeholdersIn(docx)).toEqual([]);
  });

  it('is a portrait page under the letterhead', async () => {
    const docx = await open();
    expect(sectionsOf(docx).map((s) => s.orientation)).toEqual(['portrait']);
    const header = docx.text(docx.partsLike(/^word\/header\d*\.xml$/)[0]);
    expectInOrder(header, ['MUNICIPALIDAD DISTRITAL DE VILLA ESPERANZA', '“Decenio de la Igualdad de Oportunidades para Mujeres y Hombres”']);
  });

  it('aligns the date right and sets the number and the institution in bold', async () => {
    const docx = await open();
    expect(docx.paragraph('Villa Esperanza, 27 de noviembre de 2026').xml).toContain('<w:jc w:val="right"/>');
    expect(docx.paragraph('OFICIO N° 018').xml).toMatch(/<w:b\/>.*OFICIO N° 018/);
    expect(docx.paragraph('Comisaría PNP Villa Esperanza').xml).toContain('<w:b/>');
    expect(docx.paragraph('Comisario').xml).not.toContain('<w:b/>');
  });

  it('lists the agreements with number, text, deadline and status, the overdue one VENCIDO in bold', async () => {
    const [table] = tablesOf((await open()).xml());
    const [, ...body] = rowsOf(table!);
    expect(body.map(rowTexts)).toEqual([
      ['ACUERDO N°\n002-2026-MDVE/GDS', 'Ampliar el patrullaje integrado a los Sectores 4 y 5', '30/04/2026', 'VENCIDO\n(En proceso)'],
      ['ACUERDO N°\n010-2026-MDVE/GDS', 'Actualizar la ruta de atención de casos de violencia', '31/12/2026', 'En proceso'],
      ['ACUERDO N°\n013-2026-MDVE/GDS', 'Designar un enlace permanente ante la Instancia', 'Sin plazo', 'Pendiente'],
    ]);
    expect(cellsOf(body[0]!)[3]).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">VENCIDO<\/w:t><\/w:r>/);
    expect(cellsOf(body[1]!)[3]).not.toContain('<w:b/>');
    expect(gridWidth(table!)).toBe(TEXT_WIDTH.portrait);
  });

  it('leaves out the addressee’s name when the institution has no representative on record', async () => {
    const text = (await open({ addresseeName: null })).text();
    expect(text).toContain('Señor(a):\nComisario\nComisaría PNP Villa Esperanza\nPresente.-');
  });

  it('asks for the report before the next session of the Instancia when none is scheduled', async () => {
    const text = (await open({ nextSessionDate: null })).text();
    expect(text).toContain('sobre los avances en su cumplimiento antes de la próxima sesión de la Instancia.\n');
    expect(text).not.toContain('programada');
  });
});

describe.skipIf(skipWithoutOffice)('the reminder letter in LibreOffice', () => {
  const pdfs = pdfsOf(async () => ({ letter: (await open()).bytes }));

  it('prints the oficio on one page, the signature with "Atentamente,"', async () => {
    const { letter: pdf } = await pdfs();
    expectInOrder(pdf.text, [
      'MUNICIPALIDAD DISTRITAL DE VILLA ESPERANZA',
      'Villa Esperanza, 27 de noviembre de 2026',
      'OFICIO N° 018-2026-MDVE/GDS-ST',
      'Comisaría PNP Villa Esperanza',
      'Presente.-',
      'Asunto : Recordatorio de acuerdos pendientes de cumplimiento',
      // The cells' lines come side by side in the layout text: the number's first line, then VENCIDO.
      'ACUERDO N°',
      'VENCIDO',
      '(En proceso)',
      'programada para el 10 de diciembre de 2026.',
      'Atentamente,',
      'CARMEN LUCÍA FLORES CHÁVEZ',
      'Página 1 de 1',
    ]);
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.landscape).toEqual([false]);
  }, OFFICE_TIMEOUT);
});
