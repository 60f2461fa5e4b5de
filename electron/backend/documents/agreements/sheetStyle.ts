/** How the agreement spreadsheets look: Arial as in the Word documents, ruled cells, a grey bold header. */
import type { Borders, Cell, Fill, Font, Row } from 'exceljs';

const THIN = { style: 'thin' } as const;
const RULED: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** The grey of the Word tables' header row. */
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };

const FONT_SIZE = 10;
/** Points per line of 10-point text, as Excel spaces them. */
const LINE_HEIGHT = 13;

/** Every cell names its font: the workbook default is Calibri, which offices without it replace at will. */
export const font = (over: Partial<Font> = {}): Partial<Font> => ({ name: 'Arial', size: FONT_SIZE, ...over });

export const DATE_FORMAT = 'dd/mm/yyyy';

/**
 * An ISO date as Excel stores one: midnight UTC, which exceljs turns into the day's serial number,
 * so the cell sorts and filters as a date wherever the file is opened.
 */
export function excelDate(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

export function styleHeader(row: Row): void {
  row.eachCell((cell) => {
    cell.font = font({ bold: true });
    cell.fill = HEADER_FILL;
    cell.border = RULED;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
}

/** A body cell: ruled, read from the top, long text wrapped within the column. */
export function styleBody(cell: Cell, horizontal: 'left' | 'center' | 'right' = 'left', bold = false): void {
  cell.font = font({ bold });
  cell.border = RULED;
  cell.alignment = { horizontal, vertical: 'top', wrapText: true };
}

/** Lines a text takes wrapped at word boundaries in a column `width` characters wide. */
function wrappedLines(text: string, width: number): number {
  // Arial 10 fits more characters than the column's width, which counts Calibri digits; the factor
  // stays on the low side so that a row is rather too tall than cut off.
  const room = Math.max(1, Math.floor(width * 1.2));
  return text.split('\n').reduce((lines, paragraph) => {
    let count = 1;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed > room && used > 0) {
        count += 1 + Math.floor(word.length / room);
        used = word.length % room;
      } else used = needed;
    }
    return lines + count;
  }, 0);
}

/**
 * Sets the row tall enough for its longest wrapped cell. LibreOffice keeps a row at the default
 * height whatever its wrapped text, so without this only each cell's first line would print.
 */
export function fitHeight(row: Row, widths: readonly number[]): void {
  let lines = 1;
  row.eachCell((cell, column) => {
    if (typeof cell.value === 'string') lines = Math.max(lines, wrappedLines(cell.value, widths[column - 1] ?? 10));
  });
  row.height = lines * LINE_HEIGHT + 4;
}
