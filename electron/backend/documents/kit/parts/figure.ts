/** A picture as wide as the text (never taller than `maxHeight`), centred, with its caption kept under it. */
import { AlignmentType, Paragraph } from 'docx';
import { STYLE } from '../styles';
import { pictureRun, twipsToPixels, type Picture } from './picture';

export interface FigureOptions {
  /** Twips: the text width it fills. */
  width: number;
  maxHeight: number;
  caption: string;
  /** What the picture shows, for screen readers. */
  description: string;
}

export function figure(picture: Picture, { width, maxHeight, caption, description }: FigureOptions): Paragraph[] {
  const box = { width: twipsToPixels(width), height: twipsToPixels(maxHeight) };
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 240, after: 0 },
      children: [pictureRun(picture, box, { name: caption, description })],
    }),
    new Paragraph({ style: STYLE.caption, text: caption }),
  ];
}
