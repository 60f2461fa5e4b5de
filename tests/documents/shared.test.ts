/** What every document shares: paper, font, letterhead, footer and the packed file itself. */
import { describe, expect, it } from 'vitest';
import { buildAgenda, buildAttendanceSheet } from '../../electron/backend/documents';
import { DECADE_LINE, YEAR_NAME, agendaDocument, attendanceSheet, letterhead } from './fixtures';
import { openDocx, placeholdersIn } from './docx';

const HEADER = /^word\/header\d*\.xml$/;
const FOOTER = /^word\/footer\d*\.xml$/;

describe('the shared page', () => {
  it('packs a real .docx: a zip with the Word parts', async () => {
    const docx = await openDocx(buildAgenda(agendaDocument()));
    expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.partNames).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml']));
  });

  it('is A4 portrait with 2.5 cm margins', async () => {
    const xml = (await openDocx(buildAgenda(agendaDocument()))).xml();
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(xml).toMatch(/<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417"/);
  });

  it('turns the attendance sheet to landscape A4', async () => {
    const xml = (await openDocx(buildAttendanceSheet(attendanceSheet()))).xml();
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });

  it('writes in Arial 11 (22 half-points), in Peruvian Spanish', async () => {
    const styles = (await openDocx(buildAgenda(agendaDocument()))).xml('word/styles.xml');
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>');
    expect(defaults).toContain('<w:sz w:val="22"/>');
    expect(defaults).toContain('<w:lang w:val="es-PE"/>');
  });

  it('heads every page with the logo, the entity, the instancia and the two quoted lines', async () => {
    const data = agendaDocument();
    const docx = await openDocx(buildAgenda(data));
    const [header, ...others] = docx.partsLike(HEADER);
    expect(others).toEqual([]);
    expect(docx.text(header)).toBe(
      [
        '', // the logo's paragraph
        'MUNICIPALIDAD DISTRITAL DE VILLA ESPERANZA',
        data.letterhead.taskforceName,
        '', // the rule under the names
        `“${DECADE_LINE}”`,
        `“${YEAR_NAME}”`,
        '',
      ].join('\n'),
    );
    expect(docx.xml(header)).toMatch(/<wp:docPr id="\d+" name="Logo" descr="Logo de la entidad" title="Logo"\/>/);
    const [media] = docx.partsLike(/^word\/media\//);
    expect(Buffer.from(docx.binary(media!)).equals(Buffer.from(data.letterhead.logo!.data))).toBe(true);
    // The header's picture is scaled to 64 px (0.67 in) high: 609600 EMU.
    expect(docx.xml(header)).toContain('<wp:extent cx="609600" cy="609600"/>');
  });

  it('keeps a wide logo within its column and its proportions', async () => {
    const wide = { ...letterhead().logo!, width: 400, height: 100 };
    const docx = await openDocx(buildAgenda({ ...agendaDocument(), letterhead: { ...letterhead(), logo: wide } }));
    // 128 × 32 px: 1219200 × 304800 EMU.
    expect(docx.xml(docx.partsLike(HEADER)[0])).toContain('<wp:extent cx="1219200" cy="304800"/>');
  });

  it('centres the names when there is no logo, and embeds no picture', async () => {
    const docx = await openDocx(buildAgenda({ ...agendaDocument(), letterhead: { ...letterhead(), logo: null } }));
    const header = docx.partsLike(HEADER)[0];
    expect(docx.partsLike(/^word\/media\//)).toEqual([]);
    expect(docx.xml(header)).not.toContain('<w:drawing>');
    expect(docx.paragraph('MUNICIPALIDAD DISTRITAL DE VILLA ESPERANZA', header).xml).toContain('<w:jc w:val="center"/>');
  });

  it('leaves out the decade line and the year name when they are not recorded', async () => {
    const docx = await openDocx(buildAgenda({ ...agendaDocument(), letterhead: { ...letterhead(), decadeLine: '  ', yearName: null } }));
    const text = docx.text(docx.partsLike(HEADER)[0]);
    expect(text).not.toContain('“');
    expect(text).not.toContain('Decenio');
    expect(text).toContain('MUNICIPALIDAD DISTRITAL DE VILLA ESPERANZA');
  });

  it('keeps the year name when only the decade line is missing', async () => {
    const docx = await openDocx(buildAgenda({ ...agendaDocument(), letterhead: { ...letterhead(), decadeLine: '' } }));
    const text = docx.text(docx.partsLike(HEADER)[0]);
    expect(text).toContain(`“${YEAR_NAME}”`);
    expect(text).not.toContain('Decenio');
  });

  it('numbers pages "Página X de Y" with Word fields', async () => {
    const docx = await openDocx(buildAgenda(agendaDocument()));
    const [footer, ...others] = docx.partsLike(FOOTER);
    expect(others).toEqual([]);
    const xml = docx.xml(footer);
    expect(docx.text(footer)).toMatch(/^Página .* de /);
    expect(xml).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>.*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
  });

  it('prints no placeholder text anywhere', async () => {
    expect(placeholdersIn(await openDocx(buildAgenda(agendaDocument())))).toEqual([]);
  });
});
