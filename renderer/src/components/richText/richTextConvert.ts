/**
 * The editor's document (Tiptap JSON) and the acta's rich text (RichBlock[]) are two spellings of
 * the same thing: paragraphs and one-level lists of runs that may be bold or italic. Anything else
 * the editor might hold (a nested list, a line break) is flattened into that model, so what is
 * saved is exactly what Word will print.
 */
import type { JSONContent } from '@tiptap/react';
import type { RichBlock, TextRun } from '../../../../shared/domain/richText';

type Marks = Pick<TextRun, 'bold' | 'italic'>;

const textNode = (run: TextRun): JSONContent => {
  const marks = [run.bold && { type: 'bold' }, run.italic && { type: 'italic' }].filter((m) => m !== false);
  return marks.length > 0 ? { type: 'text', text: run.text, marks } : { type: 'text', text: run.text };
};

const paragraphNode = (runs: readonly TextRun[]): JSONContent => {
  // ProseMirror has no empty text nodes: an empty paragraph simply has no content.
  const content = runs.filter((run) => run.text !== '').map(textNode);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
};

const listNode = (type: 'bulletList' | 'orderedList', items: readonly TextRun[][]): JSONContent => ({
  type,
  content: items.map((runs) => ({ type: 'listItem', content: [paragraphNode(runs)] })),
});

/** The acta's rich text as a document the editor opens. */
export function toEditorDoc(blocks: readonly RichBlock[]): JSONContent {
  const content = blocks.map((block) => (block.type === 'paragraph' ? paragraphNode(block.runs) : listNode(block.type, block.items)));
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

const hasMark = (node: JSONContent, mark: string) => node.marks?.some((m) => m.type === mark) ?? false;

/** The runs of any node: its text, with bold and italic; other inline nodes read as a space. */
function runsOf(node: JSONContent, inherited: Marks = { bold: false, italic: false }): TextRun[] {
  if (node.type === 'text') {
    const marks = { bold: inherited.bold || hasMark(node, 'bold'), italic: inherited.italic || hasMark(node, 'italic') };
    return node.text ? [{ text: node.text, ...marks }] : [];
  }
  if (node.type === 'hardBreak') return [{ text: ' ', ...inherited }];
  return (node.content ?? []).flatMap((child) => runsOf(child, inherited));
}

/** Neighbouring runs with the same marks become one, so equal texts compare equal. */
function mergeRuns(runs: readonly TextRun[]): TextRun[] {
  const merged: TextRun[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

const isList = (node: JSONContent) => node.type === 'bulletList' || node.type === 'orderedList';

/** One line per list item; an item's nested list becomes further items of the same list. */
function listItems(list: JSONContent): TextRun[][] {
  return (list.content ?? []).flatMap((item) => {
    const children = item.content ?? [];
    const own = mergeRuns(children.filter((child) => !isList(child)).flatMap((child) => runsOf(child)));
    return [own, ...children.filter(isList).flatMap(listItems)];
  });
}

const isBlank = (runs: readonly TextRun[]) => runs.every((run) => run.text.trim() === '');
const isEmptyParagraph = (block: RichBlock) => block.type === 'paragraph' && isBlank(block.runs);

/**
 * The editor's document as the acta's rich text. Blank lines at the start and end are dropped, and
 * so are empty list items (Word would print a lone bullet), with a list left without any.
 */
export function fromEditorDoc(doc: JSONContent): RichBlock[] {
  const blocks: RichBlock[] = (doc.content ?? []).flatMap((node): RichBlock[] => {
    if (node.type === 'bulletList' || node.type === 'orderedList') {
      const items = listItems(node).filter((runs) => !isBlank(runs));
      return items.length > 0 ? [{ type: node.type, items }] : [];
    }
    return [{ type: 'paragraph', runs: mergeRuns(runsOf(node)) }];
  });
  let start = 0;
  let end = blocks.length;
  while (start < end && isEmptyParagraph(blocks[start])) start++;
  while (end > start && isEmptyParagraph(blocks[end - 1])) end--;
  return blocks.slice(start, end);
}
