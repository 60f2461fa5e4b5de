/** The acta's numbered sections: "VII." headings, "7.1" sub-headings, their titles in one column. */
import type { FileChild } from 'docx';
import { numberedParagraph } from '../kit/parts/numbered';
import { cm, STYLE } from '../kit/styles';

const ROOM = cm(1.2);

export const sectionHeading = (number: string, title: string) => numberedParagraph(number, title, { style: STYLE.heading, room: ROOM });

export const subsectionHeading = (number: string, title: string) => numberedParagraph(number, title, { style: STYLE.subheading, room: ROOM });

export interface ActaSection {
  title: string;
  /** The section's content, given its number (sub-sections are numbered after it). */
  body: (sectionNumber: number) => FileChild[];
}
