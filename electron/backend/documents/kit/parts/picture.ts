/** Pictures in the text: scaled to fit a box, keeping their proportions, with a description for screen readers. */
import { ImageRun } from 'docx';

export interface Picture {
  data: Uint8Array;
  type: 'png' | 'jpg';
  /** Pixels. */
  width: number;
  height: number;
}

/** `box`: pixels at 96 per inch, as docx sizes pictures; the picture grows or shrinks to touch its sides. */
export function pictureRun(picture: Picture, box: { width: number; height: number }, alt: { name: string; description: string }): ImageRun {
  const scale = Math.min(box.height / picture.height, box.width / picture.width);
  return new ImageRun({
    type: picture.type,
    data: picture.data,
    transformation: { width: Math.round(picture.width * scale), height: Math.round(picture.height * scale) },
    altText: { name: alt.name, title: alt.name, description: alt.description },
  });
}

/** Twips to the pixels docx sizes pictures in (1 440 twips and 96 pixels to the inch). */
export const twipsToPixels = (twips: number): number => Math.floor((twips * 96) / 1440);
