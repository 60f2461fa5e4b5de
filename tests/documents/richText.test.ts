/**
 * The minutes' rich text in Word: bold and italic runs, bullet lists, numbered lists that each start
 * at 1, nested lists on Word's list levels, and tables; in the acta and in every other document
 * that prints rich text (plan, protocol).
 */
import { describe, expect, it } from 'vitest';
import { buildActa, buildPlan, buildProtocol } from '../../electron/backend/documents';
import { CONTENT_WIDTH } from '../../electron/backend/documents/kit/styles';
import type { RichBlock, TableBlock } from '../../shared/domain/richText';
import { acta, actaItems } from './fixtures';
import { openDocx, type DocxFile } from './docx';
import { approvedPlan } from './planFixtures';
import { protocol } from './protocolFixtures';

const withDiscussion = (discussion: RichBlock[]) => {
  const items = actaItems().map((item) => (item.kind === 'orden_del_dia' ? { ...item, discussion } : item));
  return openDocx(buildActa({ ...acta(), items }));
};

const run = (text: string, bold = false, italic = false) => ({ text, bold, italic });

/** The list a paragraph belongs to (its w:numId), its level, and that level's number format, marker and start. */
function listOf(docx: DocxFile, needle: string): { numId: string; level: number; format: string; text: string; start: string } | null {
  const numPr = /<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(docx.paragraph(needle).xml);
  if (!numPr) return null;
  const [, level, numId] = numPr;
  const numbering = docx.xml('word/numbering.xml');
  const num = new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="(\\d+)"/>(.*?)</w:num>`).exec(numbering);
  const abstract = new RegExp(`<w:abstractNum w:abstractNumId="${num?.[1]}"[^>]*>.*?<w:lvl w:ilvl="${level}"[^>]*>(.*?)</w:lvl>`).exec(numbering)?.[1] ?? '';
  const override = new RegExp(`<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="(\\d+)"/>`).exec(num?.[2] ?? '')?.[1];
  const start = override ?? /<w:start w:val="(\d+)"\/>/.exec(abstract)?.[1] ?? '';
  return {
    numId: numId!,
    level: Number(level),
    format: /<w:numFmt w:val="(\w+)"\/>/.exec(abstract)?.[1] ?? '',
    text: /<w:lvlText w:val="([^"]*)"\/>/.exec(abstract)?.[1] ?? '',
    start,
  };
}

describe('rich text in the acta', () => {
  it('keeps bold and italic runs, and plain runs plain', async () => {
    const docx = await withDiscussion([{ type: 'paragraph', runs: [run('Se aprobó '), run('por unanimidad', true), run(' el '), run('plan', false, true), run(' y '), run('todo', true, true)] }]);
    const xml = docx.paragraph('Se aprobó por unanimidad el plan y todo').xml;
    const runs = [...xml.matchAll(/<w:r>.*?<\/w:r>/g)].map(([r]) => r);
    const runXml = (text: string) => {
      const found = runs.find((r) => r.includes(`<w:t xml:space="preserve">${text}</w:t>`));
      if (!found) throw new Error(`no run "${text}"`);
      return found;
    };
    expect(runXml('por unanimidad')).toContain('<w:b/>');
    expect(runXml('por unanimidad')).not.toContain('<w:i/>');
    expect(runXml('plan')).toContain('<w:i/>');
    expect(runXml('plan')).not.toContain('<w:b/>');
    expect(runXml('todo')).toMatch(/<w:b\/>.*<w:i\/>/);
    expect(runXml('Se aprobó ')).not.toMatch(/<w:b\/>|<w:i\/>/);
  });

  it('makes bullet items a bullet list and numbered items a decimal list', async () => {
    const docx = await withDiscussion([
      { type: 'bulletList', items: [[run('Prevención escolar')], [run('Atención articulada')]] },
      { type: 'orderedList', items: [[run('Primero')], [run('Segundo')]] },
    ]);
    const bullets = [listOf(docx, 'Prevención escolar'), listOf(docx, 'Atención articulada')];
    expect(bullets[0]).toMatchObject({ format: 'bullet' });
    expect(bullets[1]?.numId).toBe(bullets[0]?.numId);
    const numbered = [listOf(docx, 'Primero'), listOf(docx, 'Segundo')];
    expect(numbered[0]).toMatchObject({ format: 'decimal', start: '1' });
    expect(numbered[1]?.numId).toBe(numbered[0]?.numId);
  });

  it('starts each numbered list at 1, even after another one', async () => {
    const docx = await withDiscussion([
      { type: 'orderedList', items: [[run('Campaña')], [run('Capacitación')], [run('Ruta')]] },
      { type: 'paragraph', runs: [run('Y, para el segundo semestre:')] },
      { type: 'orderedList', items: [[run('Feria')], [run('Evaluación')]] },
    ]);
    const first = listOf(docx, 'Campaña');
    const second = listOf(docx, 'Feria');
    expect(second?.numId).not.toBe(first?.numId);
    expect(second).toMatchObject({ format: 'decimal', start: '1' });
    expect(listOf(docx, 'Evaluación')?.numId).toBe(second?.numId);
    expect(listOf(docx, 'Y, para el segundo semestre:')).toBeNull();
  });

  it('writes nothing for a discussion left blank', async () => {
    const docx = await withDiscussion([{ type: 'paragraph', runs: [run('   ')] }]);
    expect(docx.text()).toContain('7.2\tAPROBACIÓN DEL PLAN DE ACCIÓN LOCAL 2026-2027\nPresentado por: Secretaría Técnica\nVIII.\tACUERDOS');
  });
});

const MONTHS: TableBlock = {
  type: 'table',
  header: true,
  rows: [
    [[run('Mes')], [run('Casos')]],
    [[run('Julio')], [run('140', true)]],
    [[run('Agosto')], [run('152')]],
  ],
};

/** The document's tables: each one's XML, and its rows' cells' text. */
function tablesOf(docx: DocxFile): { xml: string; rows: { xml: string; cells: string[] }[] }[] {
  return [...docx.xml().matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map(([xml]) => ({
    xml,
    rows: [...xml.matchAll(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/g)].map(([row]) => ({
      xml: row,
      cells: [...row.matchAll(/<w:tc>.*?<\/w:tc>/g)].map(([cell]) => [...cell.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
    })),
  }));
}

/** The one table whose first row is "Mes | Casos". */
const monthsTable = (docx: DocxFile) => {
  const found = tablesOf(docx).filter((t) => t.rows[0]?.cells.join('|') === 'Mes|Casos');
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('tables in the acta', () => {
  it('prints a table as a Word table with its rows and cells, not as run-on text', async () => {
    const docx = await withDiscussion([{ type: 'paragraph', runs: [run('Casos atendidos:')] }, MONTHS]);
    const table = monthsTable(docx);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Mes', 'Casos'],
      ['Julio', '140'],
      ['Agosto', '152'],
    ]);
    expect(docx.text()).not.toContain('MesCasos');
  });

  it('makes the header row bold, shaded and repeated on each page; the other rows keep their own marks', async () => {
    const table = monthsTable(await withDiscussion([MONTHS]));
    const [header, july, august] = table.rows;
    expect(header!.xml).toContain('<w:tblHeader/>');
    expect([...header!.xml.matchAll(/<w:r>.*?<\/w:r>/g)].every(([r]) => r.includes('<w:b/>'))).toBe(true);
    expect(header!.xml).toMatch(/<w:shd [^>]*w:fill="D9D9D9"/);
    expect(july!.xml).not.toContain('<w:tblHeader/>');
    expect(july!.xml).toMatch(/<w:b\/>.*140/);
    expect(august!.xml).not.toContain('<w:b/>');
  });

  it('fits the text width of the page, with borders on every cell', async () => {
    const table = monthsTable(await withDiscussion([MONTHS]));
    const columns = [...table.xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(columns).toHaveLength(2);
    expect(columns.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH.portrait);
    expect(table.xml).toMatch(/<w:tblW w:type="dxa" w:w="\d+"\/>|<w:tblW w:w="\d+" w:type="dxa"\/>/);
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(table.xml).toMatch(new RegExp(`<w:${side} w:val="single"`));
  });

  it('keeps two tables in a row apart, and prints no header row when there is none', async () => {
    const docx = await withDiscussion([MONTHS, { ...MONTHS, header: false, rows: [[[run('Total')], [run('292')]]] }]);
    const total = tablesOf(docx).filter((t) => t.rows[0]?.cells.join('|') === 'Total|292');
    expect(total).toHaveLength(1);
    expect(monthsTable(docx).rows).toHaveLength(3);
    expect(total[0]!.xml).not.toContain('<w:tblHeader/>');
    // A paragraph between them: Word would join two neighbouring tables into one.
    expect(docx.xml()).toMatch(/Agosto.*?<\/w:tbl><w:p(?: [^>]*)?>(?:(?!<w:tbl>).)*?<\/w:p><w:tbl>(?:(?!<\/w:tbl>).)*?Total/);
  });
});

describe('nested lists in the acta', () => {
  const NESTED: RichBlock[] = [
    {
      type: 'orderedList',
      items: [
        { runs: [run('Campaña')], list: { type: 'orderedList', items: [[run('Talleres en colegios')], [run('Ferias informativas')]] } },
        { runs: [run('Capacitación')], list: { type: 'bulletList', items: [[run('Serenazgo')], [run('Promotoras')]] } },
        [run('Ruta de atención')],
      ],
    },
  ];

  it('puts nested items on the next list level, lettered under numbers, the outer list counting on', async () => {
    const docx = await withDiscussion(NESTED);
    const campaign = listOf(docx, 'Campaña');
    expect(campaign).toMatchObject({ level: 0, format: 'decimal', start: '1' });
    expect(listOf(docx, 'Talleres en colegios')).toEqual({ ...campaign, level: 1, format: 'lowerLetter', text: '%2.', start: '1' });
    expect(listOf(docx, 'Ferias informativas')).toMatchObject({ numId: campaign?.numId, level: 1 });
    // The outer items stay one list: Word numbers them 1, 2, 3 around the nested ones.
    expect(listOf(docx, 'Capacitación')).toMatchObject({ numId: campaign?.numId, level: 0 });
    expect(listOf(docx, 'Ruta de atención')).toMatchObject({ numId: campaign?.numId, level: 0 });
  });

  it('gives bullets under a numbered item their own bullet list on the next level', async () => {
    const docx = await withDiscussion(NESTED);
    expect(listOf(docx, 'Serenazgo')).toMatchObject({ level: 1, format: 'bullet', text: 'o' });
    expect(listOf(docx, 'Promotoras')?.numId).toBe(listOf(docx, 'Serenazgo')?.numId);
    expect(docx.text()).not.toMatch(/[·]/);
  });
});

describe('tables and lists in the other documents that print rich text', () => {
  it("the plan prints its presentation's table and nested list", async () => {
    const docx = await openDocx(buildPlan({ ...approvedPlan(), presentation: [MONTHS, ...NESTED_BULLETS] }));
    expect(monthsTable(docx).rows).toHaveLength(3);
    expect(listOf(docx, 'Prevención escolar')).toMatchObject({ level: 1, format: 'bullet' });
  });

  it("the protocol prints a section's table and nested list", async () => {
    const data = protocol();
    const chapters = data.chapters.map((c, i) => (i === 0 && c.kind === 'text' ? { ...c, body: [MONTHS, ...NESTED_BULLETS] } : c));
    const docx = await openDocx(buildProtocol({ ...data, chapters }));
    expect(monthsTable(docx).rows).toHaveLength(3);
    expect(listOf(docx, 'Prevención escolar')).toMatchObject({ level: 1, format: 'bullet' });
  });
});

const NESTED_BULLETS: RichBlock[] = [{ type: 'bulletList', items: [{ runs: [run('Líneas de acción')], list: { type: 'bulletList', items: [[run('Prevención escolar')]] } }] }];
