/**
 * The Protocolo Local de Actuación Conjunta, in the order of documents.md §9: a cover, the index,
 * then the chapters with something written, numbered in order; the care route on landscape pages.
 */
import type { Document } from 'docx';
import { joinRuns, sectionedDocument, type PageRun } from '../kit/document';
import { coverPage } from '../kit/parts/cover';
import { draftNotes } from '../kit/parts/draftMark';
import { printedChapters } from './chapters';
import { contentsPage, contentsPageNumbers } from './contents';
import type { ProtocolDocumentData } from './data';

export function buildProtocol(data: ProtocolDocumentData): Document {
  const chapters = printedChapters(data.chapters);
  const cover = coverPage({ ...data, subtitles: [data.title, data.versionLabel] });
  // An index with no chapters to list would be an empty page: leave it out.
  const contents: PageRun[] = chapters.length === 0 ? [] : [{ orientation: 'portrait', children: contentsPage(chapters.map((c) => c.entry)) }];
  return sectionedDocument({
    title: `${data.titleUpper} — ${data.versionLabel}`,
    letterhead: data.letterhead,
    footerNotes: draftNotes(data.draft),
    // The index has its pages; the chapters share theirs while the orientation holds.
    runs: [{ orientation: 'portrait', cover: true, children: cover }, ...contents, ...joinRuns(chapters.map((c) => c.run))],
    pageNumbers: contentsPageNumbers,
  });
}
