/**
 * What data table cells hold: lines of text that may stand out, and cells merged down over the rows
 * below. `placeCells` lays each row's cells into the columns that cells merged from above leave free.
 */

/** A paragraph of a cell, and how it stands out. */
export interface CellLine {
  text: string;
  /** Bold words before the text: a number ("1.2.3") or a label ("Acuerdos:"). */
  lead?: string;
  bold?: boolean;
  italic?: boolean;
  /** Notes under the cell's main text, a size smaller. */
  small?: boolean;
}

/**
 * A cell: one line of text, or several paragraphs. `rowSpan` merges it down over the rows below,
 * whose own cells then leave that column out, as in HTML.
 */
export type CellContent = string | { lines: readonly CellLine[]; rowSpan?: number };

export interface RowContent {
  /** In column order; a row may stop early, leaving its last columns blank. */
  cells: readonly CellContent[];
  /** Keeps the row on the page of the next one: an activity's rows stay together. */
  keepWithNext?: boolean;
}

/** A column's place in a row: its own content (maybe merged down from here), or the continuation of a merge. */
export type Slot = { lines: readonly CellLine[]; mergesDown: boolean } | 'merged';

export const linesOf = (content: CellContent): readonly CellLine[] => (typeof content === 'string' ? [{ text: content }] : content.lines);

const rowSpanOf = (content: CellContent): number => (typeof content === 'string' ? 1 : (content.rowSpan ?? 1));

export function placeCells(rows: readonly RowContent[], columns: number): Slot[][] {
  /** Rows still covered, per column, by a cell merged down from above. */
  let covered = Array.from({ length: columns }, () => 0);
  return rows.map(({ cells }) => {
    const queue = [...cells];
    const next = covered.map((c) => Math.max(0, c - 1));
    const slots = covered.map((rest, i): Slot => {
      if (rest > 0) return 'merged';
      const content = queue.shift() ?? '';
      const span = rowSpanOf(content);
      if (span > 1) next[i] = span - 1;
      return { lines: linesOf(content), mergesDown: span > 1 };
    });
    if (queue.length > 0) throw new Error(`a table row has ${cells.length} cells for ${columns} columns`);
    covered = next;
    return slots;
  });
}
