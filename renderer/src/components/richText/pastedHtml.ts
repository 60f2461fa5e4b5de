/**
 * Pasted HTML made into what the editor can hold, before the editor reads it. Word does not write
 * lists as lists: each item is a paragraph styled `mso-list:l0 level2 lfo1` whose marker ("·",
 * "o", "1.", "a)") is typed text in a span Word itself tells browsers to ignore. Left alone, the
 * acta would print "• · Violencia psicológica". Tables arrive with merged cells, several
 * paragraphs per cell, or a table in a cell; they become the plain grids the minutes print.
 */
import { listTypeOfMarker, msoListPosition } from './wordLists';

export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  convertWordLists(doc);
  // Word keeps an empty line open with a non-breaking space; here it is just an empty line.
  doc.body.querySelectorAll('p').forEach((p) => {
    if ((p.textContent ?? '').trim() === '') p.replaceChildren();
  });
  // Innermost first, so a table inside a cell is already text when its cell is read.
  [...doc.body.querySelectorAll('table')].reverse().forEach((table) => simplifyTable(doc, table));
  return doc.body.innerHTML;
}

interface WordItem {
  paragraph: Element;
  list: string;
  level: number;
  type: 'ul' | 'ol';
}

/** A Word list paragraph, read and stripped of its marker; null for any other node. */
function wordItem(node: Node): WordItem | null {
  if (!(node instanceof Element)) return null;
  const position = msoListPosition(node.getAttribute('style') ?? '');
  if (!position) return null;
  const markers = [...node.querySelectorAll('[style*="mso-list"]')].filter((el) => /mso-list:\s*ignore/i.test(el.getAttribute('style') ?? ''));
  const type = listTypeOfMarker(markers.map((m) => m.textContent ?? '').join(''));
  markers.forEach((m) => m.remove());
  return { paragraph: node, ...position, type };
}

/** Between list paragraphs Word leaves only white space and its conditional comments. */
const isFiller = (node: Node) => node.nodeType === Node.COMMENT_NODE || (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() === '');

/** Each run of neighbouring list paragraphs becomes one list, nested by Word's levels. */
function convertWordLists(doc: Document) {
  const parents = new Set([...doc.body.querySelectorAll('[style*="mso-list"]')].map((el) => el.parentElement));
  for (const parent of parents) {
    if (!parent) continue;
    let run: WordItem[] = [];
    for (const node of [...parent.childNodes]) {
      const item = wordItem(node);
      if (item) run.push(item);
      else if (!isFiller(node) && run.length > 0) {
        buildLists(doc, run);
        run = [];
      }
    }
    if (run.length > 0) buildLists(doc, run);
  }
}

function buildLists(doc: Document, items: readonly WordItem[]) {
  const stack: { level: number; list: Element }[] = [];
  let listId = '';
  for (const item of items) {
    // Another Word list right after this one starts a list of its own.
    if (item.list !== listId) stack.length = 0;
    listId = item.list;
    while (stack.length > 0 && stack.at(-1)!.level > item.level) stack.pop();
    let top = stack.at(-1);
    if (!top || top.level < item.level) {
      const list = doc.createElement(item.type);
      if (top) lastItem(doc, top.list).append(list);
      else item.paragraph.before(list);
      top = { level: item.level, list };
      stack.push(top);
    }
    const li = doc.createElement('li');
    const p = doc.createElement('p');
    p.append(...item.paragraph.childNodes);
    li.append(p);
    top.list.append(li);
    item.paragraph.remove();
  }
}

/** The list's last item, to nest a list under; a list that starts a level deeper gets an empty one. */
function lastItem(doc: Document, list: Element): Element {
  const last = list.lastElementChild;
  if (last) return last;
  const li = doc.createElement('li');
  list.append(li);
  return li;
}

/** The cell as one line: its paragraphs (or a nested table's cells) a space apart, marks kept. */
function cellLine(doc: Document, cell: Element): Element {
  const p = doc.createElement('p');
  const blocks = cell.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, div');
  const parts = blocks.length > 0 ? [...blocks].filter((b) => !b.querySelector('p, h1, h2, h3, h4, h5, h6, li, div')) : [cell];
  parts.forEach((part, i) => {
    if (i > 0) p.append(' ');
    p.append(...part.childNodes);
  });
  return p;
}

/** Wholly bold, as Word writes a header row it was told to make bold. */
function isBold(cell: Element): boolean {
  const texts = [...cell.querySelectorAll('*')].flatMap((el) => [...el.childNodes]).filter((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
  const bold = (node: Node) => node.parentElement?.closest('b, strong, [style*="font-weight:bold"], [style*="font-weight: bold"], [style*="font-weight:700"]') !== null;
  return texts.length > 0 && texts.every(bold);
}

/** Whether the first row is a header: so marked in the HTML (th, thead) or, from Word, wholly bold. */
function hasHeaderRow(rows: readonly HTMLTableRowElement[]): boolean {
  const first = rows[0] ? [...rows[0].cells] : [];
  if (first.length === 0) return false;
  if (first.every((cell) => cell.tagName === 'TH') || rows[0]!.parentElement?.tagName === 'THEAD') return true;
  const written = first.filter((cell) => (cell.textContent ?? '').trim() !== '');
  return rows.length > 1 && written.length > 0 && written.every(isBold);
}

/** The rows' cells as lines in a grid without merged cells: a merged cell's text stays in its first slot. */
function gridOf(doc: Document, rows: readonly HTMLTableRowElement[]): Element[][] {
  const grid: Element[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of [...row.cells]) {
      while (grid[r]![c]) c++;
      const line = cellLine(doc, cell);
      const down = Math.min(Math.max(1, cell.rowSpan), rows.length - r);
      const across = Math.max(1, cell.colSpan);
      for (let dr = 0; dr < down; dr++) {
        for (let dc = 0; dc < across; dc++) grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? line : doc.createElement('p');
      }
      c += across;
    }
  });
  return grid;
}

/** The table as the editor holds one: a grid of one-line cells, the first row maybe its header. */
function simplifyTable(doc: Document, table: HTMLTableElement) {
  const rows = [...table.rows];
  // Read before the cells' text moves into the grid.
  const header = hasHeaderRow(rows);
  const body = doc.createElement('tbody');
  gridOf(doc, rows).forEach((lines, r) => {
    const tr = doc.createElement('tr');
    // A row shortened by a merge above keeps its length: holes are empty cells.
    for (const line of Array.from(lines, (l) => l ?? doc.createElement('p'))) {
      const cell = doc.createElement(header && r === 0 ? 'th' : 'td');
      cell.append(line);
      tr.append(cell);
    }
    body.append(tr);
  });
  // A table inside a cell cannot stay a table: its cells become lines of the outer cell.
  if (table.parentElement?.closest('td, th')) table.replaceWith(...body.querySelectorAll('p'));
  else {
    const clean = doc.createElement('table');
    clean.append(body);
    table.replaceWith(clean);
  }
}
