/**
 * Tables: data tables with a header row that repeats on every page, and borderless layout grids
 * (letterhead, signatures). Column widths are given as weights and fitted to the text width.
 */
import {
  AlignmentType,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type TableVerticalAlign,
} from 'docx';
import { SIZE, STYLE } from '../styles';

export interface Column {
  header: string;
  /** Relative width; the columns share the table's width in proportion. */
  weight: number;
  center?: boolean;
  /** Figures: right-aligned, so units stand under units. */
  right?: boolean;
}

/** A paragraph of a cell, and how it stands out. */
export interface CellLine {
  text: string;
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
  cells: readonly CellContent[];
  /** Keeps the row on the page of the next one (Word honours it): an activity's rows stay together. */
  keepWithNext?: boolean;
}

export interface DataTableOptions {
  columns: readonly Column[];
  rows: readonly (readonly CellContent[] | RowContent)[];
  /** Twips between the margins. */
  width: number;
  /** An exact height for body rows, in twips: room to sign that no long name can shrink or stretch. */
  rowHeight?: number;
  /** Smaller text and margins, for matrices with many columns. */
  compact?: boolean;
}

const CELL_MARGINS = { top: 40, bottom: 40, left: 90, right: 90 };
const COMPACT_MARGINS = { top: 30, bottom: 30, left: 60, right: 60 };
const HEADER_FILL = 'D9D9D9';

/** Twips per column, summing exactly to `width` so the table never spills over the margin. */
function fitWidths(weights: readonly number[], width: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w * width) / total));
  widths[widths.length - 1]! += width - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const linesOf = (content: CellContent): readonly CellLine[] => (typeof content === 'string' ? [{ text: content }] : content.lines);
const rowSpanOf = (content: CellContent): number => (typeof content === 'string' ? 1 : (content.rowSpan ?? 1));

function alignmentOf(column: Column, header: boolean) {
  if (header || column.center) return AlignmentType.CENTER;
  return column.right ? AlignmentType.RIGHT : AlignmentType.LEFT;
}

export function dataTable({ columns, rows, width, rowHeight, compact = false }: DataTableOptions): Table {
  const widths = fitWidths(
    columns.map((c) => c.weight),
    width,
  );
  const style = compact ? STYLE.compactCell : STYLE.cell;
  const paragraphs = (lines: readonly CellLine[], index: number, header: boolean, keepNext: boolean) =>
    lines.map(
      (line) =>
        new Paragraph({
          style,
          keepNext,
          alignment: alignmentOf(columns[index]!, header),
          children: [new TextRun({ text: line.text, bold: header || line.bold, italics: line.italic, size: line.small ? SIZE.tiny - 2 * Number(compact) : undefined })],
        }),
    );
  const cell = (index: number, children: Paragraph[], options: { header?: boolean; merge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType] } = {}) =>
    new TableCell({
      width: { size: widths[index]!, type: WidthType.DXA },
      // A merged cell's text sits at its top, on the page where the merged rows begin.
      verticalAlign: options.merge === undefined ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
      verticalMerge: options.merge,
      shading: options.header ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
      children,
    });
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell(i, paragraphs([{ text: c.header }], i, true, false), { header: true })),
  });
  /** Rows still covered, per column, by a cell merged down from above. */
  let covered = widths.map(() => 0);
  const bodyRows = rows.map((input) => {
    const { cells, keepWithNext = false } = Array.isArray(input) ? { cells: input as readonly CellContent[] } : (input as RowContent);
    const queue = [...cells];
    const next = covered.map((c) => Math.max(0, c - 1));
    const children = widths.map((_, i) => {
      if (covered[i]! > 0) return cell(i, paragraphs([{ text: '' }], i, false, keepWithNext), { merge: VerticalMergeType.CONTINUE });
      const content = queue.shift() ?? '';
      const span = rowSpanOf(content);
      if (span > 1) next[i] = span - 1;
      return cell(i, paragraphs(linesOf(content), i, false, keepWithNext), { merge: span > 1 ? VerticalMergeType.RESTART : undefined });
    });
    if (queue.length > 0) throw new Error(`a table row has ${cells.length} cells for ${columns.length} columns`);
    covered = next;
    return new TableRow({
      cantSplit: true,
      height: rowHeight === undefined ? undefined : { value: rowHeight, rule: HeightRule.EXACT },
      children,
    });
  });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: compact ? COMPACT_MARGINS : CELL_MARGINS,
    rows: [headerRow, ...bodyRows],
  });
}

/** A borderless grid of fixed columns; each cell holds its own paragraphs. */
export function layoutTable(widths: readonly number[], rows: readonly (readonly LayoutCell[])[]): Table {
  const row = (cells: readonly LayoutCell[]) => {
    let column = 0;
    const children = cells.map(({ children, span = 1, verticalAlign }) => {
      const size = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      return new TableCell({ children, columnSpan: span, width: { size, type: WidthType.DXA }, verticalAlign });
    });
    return new TableRow({ cantSplit: true, children });
  };
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(row),
  });
}

export interface LayoutCell {
  children: Paragraph[];
  /** Columns the cell covers; 1 by default. */
  span?: number;
  verticalAlign?: TableVerticalAlign;
}
