/**
 * The minutes' rich text in Word: paragraphs of bold and italic runs, bullet and numbered lists
 * through the document's list definitions (nested lists on Word's list levels, each numbered list
 * counting from 1), and tables across the text width.
 */
import { Paragraph, TextRun, type FileChild } from 'docx';
import { itemList, itemRuns, type ListBlock, type ListType, type RichBlock, type TextRun as RichRun } from '../../../../shared/domain/richText';
import { LIST } from './numbering';
import { richTable } from './richTable';
import { CONTENT_WIDTH, STYLE } from './styles';

const runs = (items: readonly RichRun[]) => items.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic }));

const REFERENCE: Record<ListType, string> = { bulletList: LIST.bullet, orderedList: LIST.ordered };

/**
 * A list's paragraphs, its nested lists on the next level. A list restarts its numbering unless it
 * sits inside a list of its own kind: then it shares that list's numbering, whose deeper levels
 * Word starts again under each item, and the outer list goes on counting after it.
 */
function listParagraphs(list: ListBlock, level: number, outerTypes: ReadonlySet<ListType>): Paragraph[] {
  const restart = !outerTypes.has(list.type);
  const inner = new Set([...outerTypes, list.type]);
  return list.items.flatMap((item, i) => {
    const nested = itemList(item);
    const last = level === 0 && i === list.items.length - 1 && !nested;
    return [
      new Paragraph({
        style: STYLE.body,
        spacing: { after: last ? 120 : 40 },
        numbering: { reference: REFERENCE[list.type], level, restart: restart && i === 0 },
        children: runs(itemRuns(item)),
      }),
      ...(nested ? listParagraphs(nested, level + 1, inner) : []),
    ];
  });
}

/** A paragraph after each table, as Word always keeps one: two tables in a row stay two tables. */
const afterTable = () => new Paragraph({ style: STYLE.body, spacing: { after: 60 } });

/** The rich text as Word paragraphs and tables; it is printed on portrait pages only, so tables take that width. */
export function richTextContent(blocks: readonly RichBlock[]): FileChild[] {
  return blocks.flatMap((block): FileChild[] => {
    switch (block.type) {
      case 'paragraph':
        return [new Paragraph({ style: STYLE.body, children: runs(block.runs) })];
      case 'table':
        return [richTable(block, CONTENT_WIDTH.portrait), afterTable()];
      default:
        return listParagraphs(block, 0, new Set());
    }
  });
}
