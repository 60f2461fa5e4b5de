/**
 * Chapter headings of the long documents (plan, report, protocol), in the chapter style that Word's
 * navigation pane and tables of contents list; numbered ones keep their titles in one column.
 */
import { Paragraph, type FileChild } from 'docx';
import { isBlank, type RichBlock } from '../../../../../shared/domain/richText';
import { richTextContent } from '../richText';
import { cm, STYLE } from '../styles';
import { numberedParagraph } from './numbered';

const ROOM = cm(1);

export const chapterHeading = (title: string, { pageBreakBefore = false } = {}): Paragraph =>
  new Paragraph({ style: STYLE.chapter, pageBreakBefore, text: title });

/** "3.\tTitle"; `bookmark` names it for an index's page reference. */
export const numberedChapter = (number: number, title: string, bookmark?: string): Paragraph =>
  numberedParagraph(`${number}.`, title, { style: STYLE.chapter, room: ROOM, bookmark });

/** "3.2\tTitle", under chapter 3. */
export const numberedSubheading = (number: string, title: string): Paragraph => numberedParagraph(number, title, { style: STYLE.subheading, room: ROOM });

/** A chapter of rich text, or nothing at all when nothing was written: never an empty heading. */
export function textChapter(heading: Paragraph | string, body: readonly RichBlock[]): FileChild[] {
  if (isBlank(body)) return [];
  return [typeof heading === 'string' ? chapterHeading(heading) : heading, ...richTextContent(body)];
}
