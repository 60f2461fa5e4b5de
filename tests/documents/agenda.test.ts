/** The one-page agenda: heading, when and where, and the items numbered as the agenda rules group them. */
import { describe, expect, it } from 'vitest';
import { buildAgenda } from '../../electron/backend/documents';
import type { AgendaAgreementData, AgendaLineData } from '../../electron/backend/documents';
import { AGENDA_LINES, agenda, agendaDocument, FOLLOW_UP_LINES, openAgreements, session, SESSION_LINES } from './fixtures';
import { expectInOrder, openDocx, placeholdersIn } from './docx';
import { OFFICE_TIMEOUT, pdfsOf, skipWithoutOffice } from './libreoffice';

describe('the agenda', () => {
  it('gives the heading, the session details and the numbered items', async () => {
    const docx = await openDocx(buildAgenda(agendaDocument()));
    expect(docx.text().split('\n')).toEqual([
      'AGENDA',
      'PRIMERA SESIÓN ORDINARIA 2026',
      ...SESSION_LINES,
      'Puntos de agenda:',
      ...AGENDA_LINES,
    ]);
    expect(docx.paragraph('AGENDA').xml).toContain('<w:pStyle w:val="AcuerdaTitle"/>');
    expect(placeholdersIn(docx)).toEqual([]);
  });

  it('opens a new "Orden del día" group after an item of another kind, and keeps a title\'s own punctuation', async () => {
    const docx = await openDocx(
      buildAgenda({
        ...agendaDocument(),
        agenda: [
          { kind: 'orden_del_dia', title: '¿Se aprueba el reglamento interno?', presenter: null },
          { kind: 'informes', title: 'Informes', presenter: null },
          { kind: 'orden_del_dia', title: 'Ruta de atención', presenter: 'DEMUNA' },
        ],
      }),
    );
    expectInOrder(docx.text(), ['1.\tOrden del día:', '1.1\t¿Se aprueba el reglamento interno?\n', '2.\tInformes.', '3.\tOrden del día:', '3.1\tRuta de atención (DEMUNA).']);
  });

  it('gives the link for a virtual session', async () => {
    const text = (await openDocx(buildAgenda({ ...agendaDocument(), session: { ...session(), mode: 'virtual', place: '', virtualLink: 'https://meet.example.org/x' } }))).text();
    expect(text).toContain('Lugar\t:\tModalidad virtual: https://meet.example.org/x');
  });
});

/** `n` open agreements numbered from 1, each with one responsible. */
const manyAgreements = (n: number): AgendaAgreementData[] =>
  Array.from({ length: n }, (_, i) => ({
    numberText: `ACUERDO N° ${String(i + 1).padStart(3, '0')}-2025-MDVE/GDS`,
    text: `Acuerdo de prueba número ${i + 1} sobre la atención de casos de violencia en el distrito`,
    responsibles: ['Centro Emergencia Mujer Villa Esperanza'],
  }));

/** The fixture's agenda with `agreements` on its follow-up line instead. */
const withAgreements = (agreements: AgendaAgreementData[] | undefined): AgendaLineData[] =>
  agenda().map((line) => (line.kind === 'seguimiento_acuerdos' ? { ...line, agreements } : line));

const openWith = (agreements: AgendaAgreementData[] | undefined) => openDocx(buildAgenda({ ...agendaDocument(), agenda: withAgreements(agreements) }));

describe('the open agreements under the follow-up line', () => {
  it('lists them in order right under "Seguimiento de acuerdos", before the next item', async () => {
    const lines = (await openDocx(buildAgenda(agendaDocument()))).text().split('\n');
    const at = lines.indexOf('6.1\tSeguimiento de acuerdos.');
    expect(lines.slice(at + 1, at + 1 + FOLLOW_UP_LINES.length + 1)).toEqual([...FOLLOW_UP_LINES, '6.2\tAprobación del Plan de Acción Local 2026-2027 (Secretaría Técnica).']);
  });

  it('cuts a long text at a word with "…", joins the responsibles with "; " and says "Responsable" for one', async () => {
    const text = (await openWith(openAgreements())).text();
    expect(text).toContain('un comité de tutoría y orientación educativa que… (Responsable: Unidad de Gestión Educativa Local N° 09).');
    expect(text).not.toContain('plan de convivencia escolar');
    expect(text).toContain('(Responsables: Centro de Salud Villa Esperanza; Centro Emergencia Mujer Villa Esperanza).');
    // No doubled full stop where the text had its own, no empty parentheses without responsibles.
    expect(text).not.toContain('..');
    expect(text).toContain('ACUERDO N° 018-2025-MDVE/GDS: Actualizar el directorio de las instituciones integrantes de la Instancia.\n');
  });

  it('sets the number in bold, a smaller type, indented under the text of its line and kept with it', async () => {
    const docx = await openWith(openAgreements());
    const entry = docx.paragraph('ACUERDO N° 012-2025-MDVE/GDS').xml;
    expect(entry).toMatch(/<w:b\/>.*ACUERDO N° 012-2025-MDVE\/GDS:/);
    expect(entry).toContain('<w:pStyle w:val="AcuerdaSmall"/>');
    expect(entry).toContain('<w:keepLines/>');
    // The line's text starts two number widths in (6., then 6.1); the entries start there too and hang.
    expect(entry).toMatch(/<w:ind w:left="\d+" w:hanging="\d+"\/>/);
    const left = (xml: string) => Number(/w:left="(\d+)"/.exec(xml)![1]);
    const hanging = (xml: string) => Number(/w:hanging="(\d+)"/.exec(xml)![1]);
    const line = docx.paragraph('6.1\tSeguimiento de acuerdos.').xml;
    expect(left(entry) - hanging(entry)).toBe(left(line));
    expect(line).toContain('<w:keepNext/>');
    expect(docx.paragraph('6.\tOrden del día:').xml).toContain('<w:keepNext/>');
  });

  it('lists the first 15 of more and counts the rest', async () => {
    const text = (await openWith(manyAgreements(18))).text();
    const listed = text.split('\n').filter((l) => l.startsWith('ACUERDO N°'));
    expect(listed.map((l) => l.slice(0, 28))).toEqual(manyAgreements(15).map((a) => a.numberText));
    expectInOrder(text, ['ACUERDO N° 015-2025-MDVE/GDS', 'y 3 acuerdos más (ver matriz de seguimiento).\n6.2\tAprobación del Plan de Acción Local']);
    expect(text).not.toContain('ACUERDO N° 016-2025');
  });

  it('lists 15 whole, and says "1 acuerdo más" for one over', async () => {
    expect((await openWith(manyAgreements(15))).text()).not.toContain('más (ver matriz');
    const text = (await openWith(manyAgreements(16))).text();
    expect(text).toContain('y 1 acuerdo más (ver matriz de seguimiento).');
    expect(text).not.toContain('ACUERDO N° 016-2025');
  });

  it('prints nothing more without agreements, or for agreements on another line', async () => {
    const bare = AGENDA_LINES.filter((l) => !FOLLOW_UP_LINES.includes(l));
    for (const agreements of [undefined, []]) {
      expect((await openWith(agreements)).text().split('\n').slice(-bare.length)).toEqual(bare);
    }
    const elsewhere = agenda().map((line) => (line.kind === 'seguimiento_acuerdos' ? { ...line, agreements: undefined } : { ...line, agreements: openAgreements() }));
    const text = (await openDocx(buildAgenda({ ...agendaDocument(), agenda: elsewhere }))).text();
    expect(text).not.toContain('ACUERDO N°');
    expect((await openWith(undefined)).paragraph('6.1\tSeguimiento de acuerdos.').xml).not.toContain('keepNext');
  });
});

describe.skipIf(skipWithoutOffice)('the agenda in LibreOffice', () => {
  const pdfs = pdfsOf(async () => ({
    agenda: (await openDocx(buildAgenda(agendaDocument()))).bytes,
    long: (await openWith(manyAgreements(40))).bytes,
  }));

  it('fits on one page, in order', async () => {
    const { agenda: pdf } = await pdfs();
    expect(pdf.pages).toHaveLength(1);
    expectInOrder(pdf.text, [
      'MUNICIPALIDAD DISTRITAL DE VILLA ESPERANZA',
      'AGENDA',
      'PRIMERA SESIÓN ORDINARIA 2026',
      'Fecha : jueves 12 de marzo de 2026',
      '1. Verificación del quórum.',
      '6. Orden del día:',
      '6.1 Seguimiento de acuerdos.',
      'ACUERDO N° 012-2025-MDVE/GDS: Implementar la ruta única',
      'ACUERDO N° 015-2025-MDVE/GDS: Conformar',
      'orientación educativa que… (Responsable: Unidad de Gestión Educativa Local N° 09).',
      'ACUERDO N° 018-2025-MDVE/GDS: Actualizar el directorio',
      '6.2 Aprobación del Plan de Acción Local 2026-2027 (Secretaría Técnica).',
      'Página 1 de 1',
    ]);
  }, OFFICE_TIMEOUT);

  it('keeps the follow-up line with its first agreements, and the count with the last one listed', async () => {
    const { long: pdf } = await pdfs();
    expectInOrder(pdf.text, ['6.1 Seguimiento de acuerdos.', 'ACUERDO N° 015-2025-MDVE/GDS', 'y 25 acuerdos más (ver matriz de seguimiento).', '6.2 Aprobación']);
    const page = (needle: string) => pdf.pages.findIndex((p) => p.replace(/\s+/g, ' ').includes(needle));
    expect(page('6.1 Seguimiento de acuerdos.')).toBe(page('ACUERDO N° 003-2025-MDVE/GDS'));
    expect(page('ACUERDO N° 015-2025-MDVE/GDS')).toBe(page('y 25 acuerdos más'));
  }, OFFICE_TIMEOUT);
});
