/**
 * The protocol's index: a line per chapter, "1. Presentación ........ 3", the page number a PAGEREF
 * field to a bookmark on the chapter's heading. LibreOffice works those fields out as it lays the
 * pages out; Word shows the number written into the field, which docx's layout of the pages as Word
 * lays them out works out (or leaves blank, never wrong text, where it cannot follow the document;
 * updating fields then fills it in). A TOC field would not do: LibreOffice prints a TOC's entries
 * as they were written, so its numbers drift from its own pagination in long protocols.
 */
import { InternalHyperlink, LeaderType, PageReference, Paragraph, TabStopType, TextRun, type FileChild } from 'docx';
import { cm, CONTENT_WIDTH, STYLE } from '../kit/styles';

export { estimatePageNumbers as contentsPageNumbers } from 'docx/layout';

export interface ContentsEntry {
  number: number;
  title: string;
  /** The bookmark on the chapter's heading. */
  bookmark: string;
}

const ROOM = cm(1);

const entry = ({ number, title, bookmark }: ContentsEntry) =>
  new Paragraph({
    style: STYLE.plain,
    spacing: { after: 100 },
    indent: { left: ROOM, hanging: ROOM },
    tabStops: [
      { type: TabStopType.LEFT, position: ROOM },
      { type: TabStopType.RIGHT, position: CONTENT_WIDTH.portrait, leader: LeaderType.DOT },
    ],
    children: [new InternalHyperlink({ anchor: bookmark, children: [new TextRun(`${number}.\t${title}\t`), new PageReference(bookmark)] })],
  });

export function contentsPage(entries: readonly ContentsEntry[]): FileChild[] {
  return [new Paragraph({ style: STYLE.title, spacing: { after: 240 }, text: 'ÍNDICE' }), ...entries.map(entry)];
}
