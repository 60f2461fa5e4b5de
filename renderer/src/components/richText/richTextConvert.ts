/**
 * The editor's document (Tiptap JSON) and the acta's rich text (RichBlock[]) are two spellings of
 * the same thing: paragraphs, nested lists and plain tables of runs that may be bold or italic.
 * Anything else the editor might hold (a heading, a line break, a merged cell) is flattened into
 * that model, so what is saved is exactly what Word will print.
 */
import type { JSONContent } from '@tiptap/react';
import { itemList, itemRuns, LIST_MAX_LEVELS, type ListBlock, type ListItem, type RichBlock, type TableBlock, type TextRun } from '../../../../shared/domain/richText';

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

const listNode = ({ type, items }: ListBlock): JSONContent => ({
  type,
  content: items.map((item) => {
    const nested = itemList(item);
    return { type: 'listItem', content: [paragraphNode(itemRuns(item)), ...(nested ? [listNode(nested)] : [])] };
  }),
});

const tableNode = ({ header, rows }: TableBlock): JSONContent => ({
  type: 'table',
  content: rows.map((cells, r) => ({
    type: 'tableRow',
    content: cells.map((runs) => ({ type: header && r === 0 ? 'tableHeader' : 'tableCell', content: [paragraphNode(runs)] })),
  })),
});

function blockNode(block: RichBlock): JSONContent {
  switch (block.type) {
    case 'paragraph':
      return paragraphNode(block.runs);
    case 'table':
      return tableNode(block);
    default:
      return listNode(block);
  }
}

/** The acta's rich text as a document the editor opens. */
export function toEditorDoc(blocks: readonly RichBlock[]): JSONContent {
  const content = blocks.map(blockNode);
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
  // A cell or item holding several paragraphs reads as one line, its paragraphs a space apart.
  const parts = (node.content ?? []).map((child) => runsOf(child, inherited));
  const blocks = (node.content ?? []).some((child) => child.type === 'paragraph');
  return blocks ? parts.filter((p) => p.length > 0).flatMap((p, i) => (i === 0 ? p : [{ text: ' ', ...inherited }, ...p])) : parts.flat();
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
const isBlank = (runs: readonly TextRun[]) => runs.every((run) => run.text.trim() === '');

/**
 * The items of a list at `level` (1 for a list in the text). An empty item is dropped (Word would
 * print a lone bullet) and the list under it moves up in its place; lists deeper than Word's nine
 * levels become items of the ninth.
 */
function listItems(list: JSONContent, level: number): ListItem[] {
  return (list.content ?? []).flatMap((item): ListItem[] => {
    const children = item.content ?? [];
    const own = mergeRuns(runsOf({ content: children.filter((child) => !isList(child)) }));
    const nested = children.filter(isList);
    const deeper = level < LIST_MAX_LEVELS ? nested.flatMap((n) => listItems(n, level + 1)) : [];
    const flattened = level < LIST_MAX_LEVELS ? [] : nested.flatMap((n) => listItems(n, level));
    if (isBlank(own)) return [...deeper, ...flattened];
    const type = nested[0]?.type === 'orderedList' ? 'orderedList' : 'bulletList';
    return [deeper.length > 0 ? { runs: own, list: { type, items: deeper } } : own, ...flattened];
  });
}

/** A table's rows as rectangular as Word prints them: a short row gets empty cells at its end. */
function tableBlock(table: JSONContent): TableBlock {
  const rows = table.content ?? [];
  const cells = rows.map((row) => (row.content ?? []).map((cell) => mergeRuns(runsOf(cell))));
  const width = Math.max(...cells.map((row) => row.length));
  const header = (rows[0]?.content ?? []).length > 0 && (rows[0]?.content ?? []).every((cell) => cell.type === 'tableHeader');
  return { type: 'table', header, rows: cells.map((row) => [...row, ...Array.from({ length: width - row.length }, () => [])]) };
}

const isEmptyParagraph = (block: RichBlock) => block.type === 'paragraph' && isBlank(block.runs);

/**
 * The editor's document as the acta's rich text. Blank lines at the start and end are dropped, and
 * so are empty list items, with a list left without any.
 */
export function fromEditorDoc(doc: JSONContent): RichBlock[] {
  const blocks: RichBlock[] = (doc.content ?? []).flatMap((node): RichBlock[] => {
    if (node.type === 'bulletList' || node.type === 'orderedList') {
      const items = listItems(node, 1);
      return items.length > 0 ? [{ type: node.type, items }] : [];
    }
    if (node.type === 'table') return (node.content ?? []).length > 0 ? [tableBlock(node)] : [];
    return [{ type: 'paragraph', runs: mergeRuns(runsOf(node)) }];
  });
  let start = 0;
  let end = blocks.length;
  while (start < end && isEmptyParagraph(blocks[start])) start++;
  while (end > start && isEmptyParagraph(blocks[end - 1])) end--;
  return blocks.slice(start, end);
}
