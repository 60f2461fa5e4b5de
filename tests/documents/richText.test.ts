/** The minutes' rich text in Word: bold and italic runs, bullet lists, numbered lists that each start at 1. */
import { describe, expect, it } from 'vitest';
import { buildActa } from '../../electron/backend/documents';
import type { RichBlock } from '../../shared/domain/richText';
import { acta, actaItems } from './fixtures';
import { openDocx, type DocxFile } from './docx';

const withDiscussion = (discussion: RichBlock[]) => {
  const items = actaItems().map((item) => (item.kind === 'orden_del_dia' ? { ...item, discussion } : item));
  return openDocx(buildActa({ ...acta(), items }));
};

const run = (text: string, bold = false, italic = false) => ({ text, bold, italic });

/** The list a paragraph belongs to (its w:numId) and that list's number format and start. */
function listOf(docx: DocxFile, needle: string): { numId: string; format: string; start: string } | null {
  const numId = /<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(docx.paragraph(needle).xml)?.[1];
  if (numId === undefined) return null;
  const numbering = docx.xml('word/numbering.xml');
  const num = new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="(\\d+)"/>(.*?)</w:num>`).exec(numbering);
  const abstract = new RegExp(`<w:abstractNum w:abstractNumId="${num?.[1]}"[^>]*>.*?<w:lvl w:ilvl="0"[^>]*>(.*?)</w:lvl>`).exec(numbering)?.[1] ?? '';
  const start = /<w:startOverride w:val="(\d+)"\/>/.exec(num?.[2] ?? '')?.[1] ?? /<w:start w:val="(\d+)"\/>/.exec(abstract)?.[1] ?? '';
  return { numId, format: /<w:numFmt w:val="(\w+)"\/>/.exec(abstract)?.[1] ?? '', start };
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
