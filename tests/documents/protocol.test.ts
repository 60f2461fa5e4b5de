/** The Protocolo Local de Actuación Conjunta: cover, index with page numbers, numbered chapters, the route in landscape. */
import { describe, expect, it } from 'vitest';
import { buildProtocol } from '../../electron/backend/documents';
import type { ProtocolDocumentData } from '../../electron/backend/documents';
import { expectInOrder, openDocx, placeholdersIn } from './docx';
import { OFFICE_TIMEOUT, pdfsOf, skipWithoutOffice } from './libreoffice';
import { longProtocol, protocol } from './protocolFixtures';
import { gridWidth, rowsOf, rowTexts, sectionsOf, tablesOf, TEXT_WIDTH } from './structure';

const open = (over: Partial<ProtocolDocumentData> = {}) => openDocx(buildProtocol({ ...protocol(), ...over }));

const CHAPTERS = [
  '1. Presentación',
  '2. Objetivo, alcance y población objetivo',
  '3. Marco normativo',
  '4. Principios y enfoques',
  '5. Funciones de las instituciones',
  '6. Normas generales de atención',
  '7. Ruta de atención',
  '8. Atención diferenciada',
  '9. Disposiciones finales',
];

/** What Word or LibreOffice print in place of an index or a reference they could not fill. */
const FIELD_ERRORS = ['No table of contents entries found', 'Error!', 'Reference source not found', 'No se encontraron entradas', '¡Error!'];

describe('the joint protocol', () => {
  it('prints the cover, the index and the chapters with something written, numbered in order', async () => {
    const docx = await open();
    const text = docx.text();
    expectInOrder(text, [
      'MUNICIPALIDAD DISTRITAL DE VILLA ESPERANZA',
      'PROTOCOLO LOCAL DE ACTUACIÓN CONJUNTA',
      'Protocolo local de actuación conjunta frente a la violencia contra las mujeres y los integrantes del grupo familiar',
      'Versión 2',
      'Aprobado mediante ACUERDO N° 011-2026-MDVE/GDS, Segunda Sesión Ordinaria de fecha 14 de mayo de 2026',
      'Mayo de 2026',
      'ÍNDICE',
      ...CHAPTERS.map((c) => c.replace('. ', '.\t')),
    ]);
    // A chapter whose text is only blanks is left out, title and all.
    expect(text).not.toContain('Anexos');
    expect(text).not.toContain('BORRADOR');
    expect(placeholdersIn(docx)).toEqual([]);
  });

  it('lists every chapter in the index, its page a reference to a bookmark on the heading, the number already written', async () => {
    const docx = await open();
    const entries = docx.paragraphs().filter((p) => p.xml.includes('PAGEREF'));
    const headings = docx.paragraphs().filter((p) => p.xml.includes('<w:pStyle w:val="AcuerdaChapter"/>'));
    expect(entries.map((e) => e.text.split('\t').slice(0, 2).join(' '))).toEqual(CHAPTERS);
    entries.forEach((entry, i) => {
      const bookmark = `_Capitulo${i + 1}`;
      expect(entry.xml).toMatch(new RegExp(`<w:instrText[^>]*>PAGEREF ${bookmark}</w:instrText>`));
      expect(entry.xml).toContain(`w:anchor="${bookmark}"`);
      expect(entry.text.split('\t')[2]).toMatch(/^\d+$/);
      expect(headings[i]!.xml).toContain(`<w:bookmarkStart w:name="${bookmark}"`);
    });
    // The cover is page 1 and the index page 2.
    expect(entries[0]!.text).toMatch(/\t3$/);
    for (const error of FIELD_ERRORS) expect(docx.xml()).not.toContain(error);
  });

  it('puts the chapters in a style of their own, at the outline’s first level', async () => {
    const docx = await open();
    const chapterStyled = docx.paragraphs().filter((p) => p.xml.includes('<w:pStyle w:val="AcuerdaChapter"/>'));
    expect(chapterStyled.map((p) => p.text.replace('\t', ' '))).toEqual(CHAPTERS);
    expect(docx.xml('word/styles.xml')).toMatch(/<w:style w:type="paragraph" w:styleId="AcuerdaChapter"><w:name w:val="Acuerda capítulo"\/>.*?<w:outlineLvl w:val="0"\/>/);
  });

  it('gives each institution with functions a numbered subsection, and leaves out those without', async () => {
    const text = (await open()).text();
    expectInOrder(text, [
      '5.\tFunciones de las instituciones',
      '5.1\tComisaría PNP Villa Esperanza\nRecibir la denuncia verbal o escrita en un ambiente privado, sin exigir requisitos previos.',
      '5.2\tCentro Emergencia Mujer Villa Esperanza',
      '5.3\tFiscalía Provincial de Familia de Villa Esperanza',
      '5.4\tCentro de Salud Villa Esperanza',
      '5.5\tOrganización Social de Base Mujeres Emprendedoras',
      '6.\tNormas generales de atención',
    ]);
    expect(text).not.toContain('Defensoría Municipal del Niño');
    expect(text).not.toContain('5.6');
  });

  it('gives each group with guidance a numbered subsection, and leaves out those without', async () => {
    const text = (await open()).text();
    expectInOrder(text, ['8.\tAtención diferenciada', '8.1\tNiñas, niños y adolescentes', '8.2\tPersonas adultas mayores', '8.3\tPersonas migrantes', '9.\tDisposiciones finales']);
    expect(text).not.toContain('Personas con discapacidad');
  });

  it('prints the care route as a table on landscape pages, with a dash for what was not set', async () => {
    const sections = sectionsOf(await open());
    expect(sections.map((s) => s.orientation)).toEqual(['portrait', 'portrait', 'portrait', 'landscape', 'portrait']);
    expect(sections[3]!.text).toMatch(/^7\.\tRuta de atención\n/);
    const [route] = tablesOf(sections[3]!.xml);
    const rows = rowsOf(route!).map(rowTexts);
    expect(rows[0]).toEqual(['Paso', 'Institución', 'Acción', 'Plazo', 'Punto de contacto', 'Qué se informa a la víctima']);
    expect(rows).toHaveLength(6);
    expect(rows[4]).toEqual([
      '4. Medidas de protección',
      'Juzgado de Familia de Villa Esperanza',
      'Evalúa el caso y dicta medidas de protección y cautelares.',
      '72 horas (riesgo leve o moderado); 24 horas (riesgo severo)',
      '—',
      'Qué medidas se dictaron y a quién acudir si no se cumplen.',
    ]);
    expect(rows[5]![5]).toBe('—');
    expect(gridWidth(route!)).toBe(TEXT_WIDTH.landscape);
  });

  it('omits a chapter left with no entries, and renumbers the rest', async () => {
    const chapters = protocol().chapters.map((c) => (c.kind === 'groups' ? { ...c, entries: c.entries.map((e) => ({ ...e, guidance: [] })) } : c.kind === 'route' ? { ...c, steps: [] } : c));
    const text = (await open({ chapters })).text();
    expect(text).not.toContain('Atención diferenciada');
    expect(text).not.toContain('Ruta de atención');
    expectInOrder(text, ['6.\tNormas generales de atención', '7.\tDisposiciones finales']);
  });

  it('marks a draft BORRADOR on the cover and on every page, without approval', async () => {
    const docx = await open({ draft: true, approvalText: null });
    expectInOrder(sectionsOf(docx)[0]!.text, ['Versión 2', 'BORRADOR', 'Mayo de 2026']);
    expect(docx.text()).not.toContain('Aprobado mediante');
    const footers = docx.partsLike(/^word\/footer\d*\.xml$/).map((f) => docx.text(f)).filter((f) => f.trim() !== '');
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) expect(footer).toMatch(/ · BORRADOR$/);
  });

  it('prints no index at all for a protocol with nothing written yet', async () => {
    const docx = await open({ chapters: [{ kind: 'text', title: 'Presentación', body: [] }], draft: true, approvalText: null });
    expect(docx.text()).not.toContain('ÍNDICE');
    expect(docx.xml()).not.toContain('PAGEREF');
    expect(sectionsOf(docx)).toHaveLength(1);
    expect(placeholdersIn(docx)).toEqual([]);
  });
});

/** Each chapter's page in the printed index is the page its heading is printed on. */
function expectIndexTrue(pages: readonly string[]): void {
  const index = pages[1]!;
  expect(index).toContain('ÍNDICE');
  for (const error of FIELD_ERRORS) expect(index).not.toContain(error);
  for (const chapter of CHAPTERS) {
    const [number, title] = [chapter.slice(0, chapter.indexOf(' ')).replace('.', '\\.'), chapter.slice(chapter.indexOf(' ') + 1)];
    const listed = new RegExp(`^\\s*${number}\\s+${title}\\.+\\s*(\\d+)\\s*$`, 'm').exec(index);
    expect(listed, chapter).not.toBeNull();
    const heading = new RegExp(`^\\s*${number}\\s+${title}\\s*$`, 'm');
    expect(pages.findIndex((p, i) => i > 1 && heading.test(p)) + 1, chapter).toBe(Number(listed![1]));
  }
}

describe.skipIf(skipWithoutOffice)('the protocol in LibreOffice', () => {
  const pdfs = pdfsOf(async () => ({ protocol: (await open()).bytes, long: (await open(longProtocol())).bytes }));

  it('prints the index with the page each chapter starts on', async () => {
    expectIndexTrue((await pdfs()).protocol.pages);
  }, OFFICE_TIMEOUT);

  it('keeps the index true to its own pages over a long protocol', async () => {
    const { pages } = (await pdfs()).long;
    expect(pages.length).toBeGreaterThan(10);
    expectIndexTrue(pages);
  }, OFFICE_TIMEOUT);

  it('runs cover, index, chapters and the route on a landscape page, every page but the cover numbered', async () => {
    const { pages, text, landscape } = (await pdfs()).protocol;
    expect(pages).toHaveLength(6);
    expect(landscape).toEqual([false, false, false, false, true, false]);
    expectInOrder(text, ['PROTOCOLO LOCAL DE ACTUACIÓN', 'ÍNDICE', '1. Presentación', '7. Ruta de atención', 'Paso Institución Acción Plazo', '9. Disposiciones finales']);
    expect(pages[0]).not.toContain('Página');
    pages.slice(1).forEach((page, i) => expect(page).toContain(`Página ${i + 2} de 6`));
  }, OFFICE_TIMEOUT);
});
