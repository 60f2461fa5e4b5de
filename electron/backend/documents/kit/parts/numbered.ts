/** A numbered line: "6.1", a tab, then the text, wrapping under the text rather than under the number. */
import { Bookmark, Paragraph, TabStopType, TextRun, type ISpacingProperties } from 'docx';

export interface NumberedLayout {
  style: string;
  /** Twips from the margin to the number. */
  start?: number;
  /** Twips from the number to the text. */
  room: number;
  spacing?: ISpacingProperties;
  /** Keeps the line on the page of the next paragraph. */
  keepNext?: boolean;
  /** A bookmark around the line, for page references to it (an index). */
  bookmark?: string;
}

export function numberedParagraph(number: string, text: string, { style, start = 0, room, spacing, keepNext, bookmark }: NumberedLayout): Paragraph {
  const left = start + room;
  const line = new TextRun(`${number}\t${text}`);
  return new Paragraph({
    style,
    spacing,
    // Only when asked: docx writes a false one out, which would change every other line's XML.
    keepNext: keepNext === true ? true : undefined,
    indent: { left, hanging: room },
    tabStops: [{ type: TabStopType.LEFT, position: left }],
    children: [bookmark === undefined ? line : new Bookmark({ id: bookmark, children: [line] })],
  });
}
