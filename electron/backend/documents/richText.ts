/**
 * The minutes' rich text as Word paragraphs: bold and italic runs, bullet lists and numbered lists
 * that each count from 1, through the document's list definitions.
 */
import { Paragraph, TextRun } from 'docx';
import type { RichBlock, TextRun as RichRun } from '../../../shared/domain/richText';
import { LIST } from './numbering';
import { STYLE } from './styles';

const runs = (items: readonly RichRun[]) => items.map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italic }));

function listParagraphs(items: readonly (readonly RichRun[])[], reference: string): Paragraph[] {
  return items.map(
    (item, i) =>
      new Paragraph({
        style: STYLE.body,
        spacing: { after: i === items.length - 1 ? 120 : 40 },
        // Restarting on each list's first item keeps a second numbered list from going on at 4.
        numbering: { reference, level: 0, restart: i === 0 },
        children: runs(item),
      }),
  );
}

export function richTextParagraphs(blocks: readonly RichBlock[]): Paragraph[] {
  return blocks.flatMap((block) => {
    switch (block.type) {
      case 'paragraph':
        return [new Paragraph({ style: STYLE.body, children: runs(block.runs) })];
      case 'bulletList':
        return listParagraphs(block.items, LIST.bullet);
      case 'orderedList':
        return listParagraphs(block.items, LIST.ordered);
    }
  });
}
