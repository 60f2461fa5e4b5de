/** A numbered line: "6.1", a tab, then the text, wrapping under the text rather than under the number. */
import { Paragraph, TabStopType, type ISpacingProperties } from 'docx';

export interface NumberedLayout {
  style: string;
  /** Twips from the margin to the number. */
  start?: number;
  /** Twips from the number to the text. */
  room: number;
  spacing?: ISpacingProperties;
}

export function numberedParagraph(number: string, text: string, { style, start = 0, room, spacing }: NumberedLayout): Paragraph {
  const left = start + room;
  return new Paragraph({
    style,
    spacing,
    indent: { left, hanging: room },
    tabStops: [{ type: TabStopType.LEFT, position: left }],
    text: `${number}\t${text}`,
  });
}
