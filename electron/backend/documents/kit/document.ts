/**
 * Puts a builder's body into the office's page: paper, styles, lists, letterhead and footer. Long
 * documents come in runs of pages, each portrait or landscape (a plan's matrix is landscape between
 * a portrait cover and summary); the page count runs on across them.
 */
import { Document, Footer, Header, Paragraph, type FileChild, type ISectionOptions, type PageNumberEstimator } from 'docx';
import type { LetterheadData } from './data';
import { pageFooter } from './footer';
import { letterheadHeader } from './letterhead';
import { documentNumbering } from './numbering';
import { CONTENT_WIDTH, documentStyles, pageSetup, type Orientation } from './styles';

interface DocumentBase {
  /** The file's title, as Word shows it in its properties. */
  title: string;
  letterhead: LetterheadData;
  footerNotes?: readonly string[];
}

export interface OfficialDocumentOptions extends DocumentBase {
  orientation?: Orientation;
  children: readonly FileChild[];
}

/** Pages that share an orientation; each run starts on a new page (see `joinRuns`). */
export interface PageRun {
  orientation: Orientation;
  children: readonly FileChild[];
  /** A cover: no letterhead and no page number, since the cover shows the logo and names itself. */
  cover?: boolean;
}

export interface SectionedDocumentOptions extends DocumentBase {
  runs: readonly PageRun[];
  /** Lays the pages out as Word does, to write the page numbers of page references (an index) into them. */
  pageNumbers?: PageNumberEstimator;
}

/** Joins consecutive runs of one orientation, so they share pages, and drops empty ones. */
export function joinRuns(runs: readonly PageRun[]): PageRun[] {
  const joined: PageRun[] = [];
  for (const run of runs.filter((r) => r.children.length > 0)) {
    const last = joined.at(-1);
    if (last !== undefined && last.orientation === run.orientation) {
      joined[joined.length - 1] = { ...last, children: [...last.children, ...run.children] };
    } else joined.push(run);
  }
  return joined;
}

const blank = () => [new Paragraph({ children: [] })];

export function sectionedDocument({ title, letterhead, footerNotes, runs, pageNumbers }: SectionedDocumentOptions): Document {
  const footer = pageFooter(footerNotes);
  const sections = runs.map(
    ({ orientation, children, cover = false }): ISectionOptions => ({
      properties: pageSetup(orientation),
      headers: { default: cover ? new Header({ children: blank() }) : letterheadHeader(letterhead, CONTENT_WIDTH[orientation]) },
      footers: { default: cover ? new Footer({ children: blank() }) : footer },
      children,
    }),
  );
  return new Document({
    title,
    creator: 'Acuerda',
    styles: documentStyles,
    numbering: documentNumbering,
    pageNumbers,
    sections,
  });
}

export function officialDocument({ orientation = 'portrait', children, ...base }: OfficialDocumentOptions): Document {
  return sectionedDocument({ ...base, runs: [{ orientation, children }] });
}
