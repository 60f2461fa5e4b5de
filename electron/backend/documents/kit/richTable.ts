/**
 * A table of the minutes' rich text as Word prints a plain grid: the text width, thin borders, the
 * header row shaded, bold and repeated on each page. Columns share the width by how much they hold.
 */
import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import type { TableBlock, TextRun as RichRun } from '../../../../shared/domain/richText';
import { CELL_MARGINS, fitWidths, HEADER_FILL } from './parts/table';
import { STYLE } from './styles';

/** A column's share: its longest text, within bounds so no column is squeezed to a sliver. */
const weight = (texts: readonly string[]) => Math.min(40, Math.max(6, ...texts.map((t) => t.length)));
const textOf = (runs: readonly RichRun[]) => runs.map((r) => r.text).join('');

export function richTable({ header, rows }: TableBlock, width: number): Table {
  const columns = rows[0]?.length ?? 0;
  const widths = fitWidths(
    Array.from({ length: columns }, (_, c) => weight(rows.map((row) => textOf(row[c] ?? [])))),
    width,
  );
  const cell = (runs: readonly RichRun[], column: number, isHeader: boolean) =>
    new TableCell({
      width: { size: widths[column]!, type: WidthType.DXA },
      verticalAlign: isHeader ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
      shading: isHeader ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
      children: [
        new Paragraph({
          style: STYLE.cell,
          keepNext: isHeader,
          alignment: isHeader ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: runs.map((r) => new TextRun({ text: r.text, bold: isHeader || r.bold, italics: r.italic })),
        }),
      ],
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    rows: rows.map((cells, r) => {
      const isHeader = header && r === 0;
      return new TableRow({ tableHeader: isHeader, cantSplit: true, children: cells.map((runs, c) => cell(runs, c, isHeader)) });
    }),
  });
}
