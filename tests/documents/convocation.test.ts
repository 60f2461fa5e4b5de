/** The oficio múltiple de convocatoria: every part of documents.md §1, in order. */
import { describe, expect, it } from 'vitest';
import { buildConvocation } from '../../electron/backend/documents';
import type { AgendaAgreementData, ConvocationData } from '../../electron/backend/documents';
import { AGENDA_LINES, agenda, convocation, FOLLOW_UP_LINES, openAgreements, session, SESSION_LINES } from './fixtures';
import { expectInOrder, openDocx, placeholdersIn } from './docx';
import { OFFICE_TIMEOUT, pdfsOf, skipWithoutOffice } from './libreoffice';

const open = (over: Partial<ConvocationData> = {}) => openDocx(buildConvocation({ ...convocation(), ...over }));

const LINK = 'https://meet.example.org/idc-ve-2026-01';

/** The fixture's agenda with `agreements` on its follow-up line instead. */
const withAgreements = (agreements: AgendaAgreementData[] | undefined) => ({
  agenda: agenda().map((line) => (line.kind === 'seguimiento_acuerdos' ? { ...line, agreements } : line)),
});

const manyAgreements = (n: number): AgendaAgreementData[] =>
  Array.from({ length: n }, (_, i) => ({ ...openAgreements()[i % 3]!, numberText: `ACUERDO N° ${String(i + 1).padStart(3, '0')}-2025-MDVE/GDS` }));

describe('the convocation', () => {
  it('reads in the order of the model oficio', async () => {
    const docx = await open();
    expectInOrder(docx.text(), [
      'Villa Esperanza, 2 de marzo de 2026',
      'OFICIO MÚLTIPLE N° 004-2026-MDVE/GDS-ST',
      'Señores(as):',
      'MIEMBROS DE LA INSTANCIA DISTRITAL DE CONCERTACIÓN PARA ERRADICAR LA VIOLENCIA',
      'Presente.-',
      'Asunto\t:\tConvocatoria a la Primera Sesión Ordinaria 2026',
      'Referencia\t:\tOrdenanza Municipal N° 412-2019-MDVE',
      'De mi consideración:',
      'Tengo el agrado de dirigirme a ustedes para saludarlos cordialmente y, por especial encargo de la Presidencia de la Instancia Distrital de Concertación, convocarlos a la PRIMERA SESIÓN ORDINARIA 2026, que se realizará conforme al siguiente detalle:',
      ...SESSION_LINES,
      'Agenda:',
      ...AGENDA_LINES,
      'Se solicita la asistencia de la o el representante titular o, en su defecto, de la o el alterno acreditado. Se adjunta el acta de la sesión anterior.',
      'Hago propicia la oportunidad para expresarles las muestras de mi especial consideración.',
      'Atentamente,',
      '________________________________\nCARMEN LUCÍA FLORES CHÁVEZ\nGerente de Desarrollo Social\nInstancia Distrital de Concertación',
      'DISTRIBUCIÓN:',
      '- Comisaría PNP Villa Esperanza',
      '- Asociación Warmi Kallpa',
    ]);
    expect(placeholdersIn(docx)).toEqual([]);
  });

  it('convenes without "por especial encargo" when the Presidency signs itself', async () => {
    const text = (await open({ onBehalfOf: null })).text();
    expect(text).toContain('Tengo el agrado de dirigirme a ustedes para saludarlos cordialmente y convocarlos a la PRIMERA SESIÓN ORDINARIA 2026, que se realizará');
    expect(text).not.toContain('encargo');
  });

  it('aligns the date right, sets the number and the session title in bold', async () => {
    const docx = await open();
    expect(docx.paragraph('Villa Esperanza, 2 de marzo de 2026').xml).toContain('<w:jc w:val="right"/>');
    expect(docx.paragraph('OFICIO MÚLTIPLE N°').xml).toMatch(/<w:b\/>.*OFICIO MÚLTIPLE/);
    expect(docx.paragraph('Tengo el agrado').xml).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">PRIMERA SESIÓN ORDINARIA 2026<\/w:t>/);
  });

  it('lists every addressee institution under DISTRIBUCIÓN', async () => {
    const data = convocation();
    const text = (await open()).text();
    const listed = text.slice(text.indexOf('DISTRIBUCIÓN:')).split('\n').slice(1);
    expect(listed).toEqual(data.distribution.map((d) => `- ${d}`));
  });

  it('leaves out an empty reference, enclosures and distribution', async () => {
    const text = (await open({ reference: ' ', enclosures: '', distribution: [] })).text();
    expect(text).not.toContain('Referencia');
    expect(text).toContain('de la o el alterno acreditado.\n');
    expect(text).not.toContain('Se adjunta');
    expect(text).not.toContain('DISTRIBUCIÓN');
  });

  it('gives only the first call when there is no second one', async () => {
    const text = (await open({ session: { ...session(), secondCallTime: null } })).text();
    expect(text).toContain('Hora\t:\t10:00 horas\n');
    expect(text).not.toContain('convocatoria)');
  });

  it('gives the link instead of a place for a virtual session', async () => {
    const docx = await open({ session: { ...session(), mode: 'virtual', place: '', virtualLink: LINK } });
    expect(docx.text()).toContain(`Lugar\t:\tModalidad virtual: ${LINK}\n`);
    expect(docx.text()).not.toContain('Sala de Regidores');
    expect(placeholdersIn(docx)).toEqual([]);
  });

  it('gives the place and, on the next line, the link for a mixed session', async () => {
    const text = (await open({ session: { ...session(), mode: 'mixta', virtualLink: LINK } })).text();
    expect(text).toContain(`Lugar\t:\tSala de Regidores del Palacio Municipal, Av. Principal s/n\nModalidad virtual: ${LINK}\n`);
  });

  it('leaves the presenter out of items that have none and numbers every item once', async () => {
    const text = (await open()).text();
    expect(text).not.toContain('()');
    expect(text.split('\n').filter((line) => /^\d+(\.\d+)?\.?\t/.test(line))).toEqual(AGENDA_LINES.filter((line) => !FOLLOW_UP_LINES.includes(line)));
  });

  it('recalls the open agreements under "Seguimiento de acuerdos", indented past the agenda\'s inset', async () => {
    const docx = await open();
    const lines = docx.text().split('\n');
    const at = lines.indexOf('6.1\tSeguimiento de acuerdos.');
    expect(lines.slice(at + 1, at + 4)).toEqual(FOLLOW_UP_LINES);
    expect(lines[at + 4]).toMatch(/^6\.2\t/);
    const left = (xml: string) => Number(/w:left="(\d+)"/.exec(xml)![1]);
    const hanging = (xml: string) => Number(/w:hanging="(\d+)"/.exec(xml)![1]);
    const entry = docx.paragraph('ACUERDO N° 015-2025-MDVE/GDS').xml;
    expect(left(entry) - hanging(entry)).toBe(left(docx.paragraph('6.1\tSeguimiento de acuerdos.').xml));
  });

  it('counts the agreements past the first 15, and prints nothing more without any', async () => {
    const text = (await open(withAgreements(manyAgreements(21)))).text();
    expectInOrder(text, ['6.1\tSeguimiento de acuerdos.\nACUERDO N° 001-2025-MDVE/GDS:', 'ACUERDO N° 015-2025-MDVE/GDS:', 'y 6 acuerdos más (ver matriz de seguimiento).\n6.2\t']);
    expect(text).not.toContain('ACUERDO N° 016-2025');
    for (const none of [undefined, []]) {
      const bare = (await open(withAgreements(none))).text();
      expect(bare).toContain('6.1\tSeguimiento de acuerdos.\n6.2\tAprobación del Plan');
      expect(bare).not.toContain('ACUERDO N°');
    }
  });
});

describe.skipIf(skipWithoutOffice)('the convocation in LibreOffice', () => {
  const pdfs = pdfsOf(async () => ({ convocation: (await open()).bytes, long: (await open(withAgreements(manyAgreements(30)))).bytes }));

  it('prints the oficio in order, on two pages at most', async () => {
    const { convocation: pdf } = await pdfs();
    expectInOrder(pdf.text, [
      'MUNICIPALIDAD DISTRITAL DE VILLA ESPERANZA',
      '“Decenio de la Igualdad de Oportunidades para Mujeres y Hombres”',
      'Villa Esperanza, 2 de marzo de 2026',
      'OFICIO MÚLTIPLE N° 004-2026-MDVE/GDS-ST',
      'Asunto : Convocatoria a la Primera Sesión Ordinaria 2026',
      'Fecha : jueves 12 de marzo de 2026',
      '6.1 Seguimiento de acuerdos.',
      'ACUERDO N° 012-2025-MDVE/GDS: Implementar',
      'ACUERDO N° 015-2025-MDVE/GDS: Conformar',
      'ACUERDO N° 018-2025-MDVE/GDS: Actualizar',
      '6.2 Aprobación del Plan de Acción Local 2026-2027 (Secretaría Técnica).',
      'Atentamente,',
      'CARMEN LUCÍA FLORES CHÁVEZ',
      'DISTRIBUCIÓN:',
    ]);
    expect(pdf.pages.length).toBeLessThanOrEqual(2);
    expect(pdf.pages.at(-1)).toContain(`Página ${pdf.pages.length} de ${pdf.pages.length}`);
  }, OFFICE_TIMEOUT);

  it('keeps "Atentamente," on the page of the signature', async () => {
    for (const pdf of Object.values(await pdfs())) {
      expect(pdf.pages.find((p) => p.includes('Atentamente,'))).toContain('CARMEN LUCÍA FLORES CHÁVEZ');
    }
  }, OFFICE_TIMEOUT);

  it('keeps a long follow-up list with its line and ends it with the count of the rest', async () => {
    const { long: pdf } = await pdfs();
    expectInOrder(pdf.text, ['6.1 Seguimiento de acuerdos.', 'ACUERDO N° 015-2025-MDVE/GDS', 'y 15 acuerdos más (ver matriz de seguimiento).', '6.2 Aprobación', 'DISTRIBUCIÓN:']);
    const page = (needle: string) => pdf.pages.findIndex((p) => p.replace(/\s+/g, ' ').includes(needle));
    expect(page('6.1 Seguimiento de acuerdos.')).toBe(page('ACUERDO N° 003-2025-MDVE/GDS'));
    expect(page('ACUERDO N° 015-2025-MDVE/GDS')).toBe(page('y 15 acuerdos más'));
    expect(pdf.pages.at(-1)).toContain(`Página ${pdf.pages.length} de ${pdf.pages.length}`);
  }, OFFICE_TIMEOUT);
});
