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
import { placeCells, type CellContent, type CellLine, type RowContent } from './cells';

export interface Column {
  header: string;
  /** Relative width; the columns share the table's width in proportion. */
  weight: number;
  center?: boolean;
  /** Figures: right-aligned, so units stand under units. */
  right?: boolean;
}

export interface DataTableOptions {
  columns: readonly Column[];
  rows: readonly (readonly CellContent[] | RowContent)[];
  /** Twips between the margins. */
  width: number;
  /** An exact height for body rows, in twips: room to sign that no long name can shrink or stretch. */
  rowHeight?: number;
  /** Smaller text and margins, for matrices with many columns; their rows read from the top of each cell. */
  compact?: boolean;
}

export const CELL_MARGINS = { top: 40, bottom: 40, left: 90, right: 90 };
const COMPACT_MARGINS = { top: 30, bottom: 30, left: 60, right: 60 };
export const HEADER_FILL = 'D9D9D9';

interface CellOptions {
  header?: boolean;
  keepNext?: boolean;
  merge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType];
}

/** Twips per column, summing exactly to `width` so the table never spills over the margin. */
export function fitWidths(weights: readonly number[], width: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w * width) / total));
  widths[widths.length - 1]! += width - widths.reduce((a, b) => a + b, 0);
  return widths;
}

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
  const runs = ({ text, lead, bold, italic, small }: CellLine, header: boolean) => {
    const size = small ? (compact ? SIZE.note : SIZE.tiny) : undefined;
    const body = new TextRun({ text, bold: header || bold, italics: italic, size });
    return lead === undefined ? [body] : [new TextRun({ text: `${lead} `, bold: true, italics: italic, size }), body];
  };
  const cell = (index: number, lines: readonly CellLine[], { header = false, keepNext = false, merge }: CellOptions) =>
    new TableCell({
      width: { size: widths[index]!, type: WidthType.DXA },
      // Dense matrices and merged cells read from the top: a merged cell's text then stands on the
      // page where its rows begin.
      verticalAlign: header || (!compact && merge === undefined) ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
      verticalMerge: merge,
      shading: header ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
      children: lines.map((line) => new Paragraph({ style, keepNext, alignment: alignmentOf(columns[index]!, header), children: runs(line, header) })),
    });
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell(i, [{ text: c.header }], { header: true })),
  });
  const contents = rows.map((row): RowContent => ('cells' in row ? row : { cells: row }));
  const bodyRows = placeCells(contents, columns.length).map(
    (slots, r) =>
      new TableRow({
        cantSplit: true,
        height: rowHeight === undefined ? undefined : { value: rowHeight, rule: HeightRule.EXACT },
        children: slots.map((slot, i) => {
          const keepNext = contents[r]!.keepWithNext ?? false;
          if (slot === 'merged') return cell(i, [{ text: '' }], { keepNext, merge: VerticalMergeType.CONTINUE });
          return cell(i, slot.lines, { keepNext, merge: slot.mergesDown ? VerticalMergeType.RESTART : undefined });
        }),
      }),
  );
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
