/** A numbered line: "6.1", a tab, then the text, wrapping under the text rather than under the number. */
import { Bookmark, Paragraph, TabStopType, TextRun, type ISpacingProperties } from 'docx';

export interface NumberedLayout {
  style: string;
  /** Twips from the margin to the number. */
  start?: number;
  /** Twips from the number to the text. */
  room: number;
  spacing?: ISpacingProperties;
  /** A bookmark around the line, for page references to it (an index). */
  bookmark?: string;
}

export function numberedParagraph(number: string, text: string, { style, start = 0, room, spacing, bookmark }: NumberedLayout): Paragraph {
  const left = start + room;
  const line = new TextRun(`${number}\t${text}`);
  return new Paragraph({
    style,
    spacing,
    indent: { left, hanging: room },
    tabStops: [{ type: TabStopType.LEFT, position: left }],
    children: [bookmark === undefined ? line : new Bookmark({ id: bookmark, children: [line] })],
  });
}
