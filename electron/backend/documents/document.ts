/** Puts a builder's body into the office's page: paper, styles, lists, letterhead and footer. */
import { Document, type FileChild } from 'docx';
import type { LetterheadData } from './data';
import { pageFooter } from './footer';
import { letterheadHeader } from './letterhead';
import { documentNumbering } from './numbering';
import { CONTENT_WIDTH, documentStyles, pageSetup, type Orientation } from './styles';

export interface OfficialDocumentOptions {
  /** The file's title, as Word shows it in its properties. */
  title: string;
  letterhead: LetterheadData;
  orientation?: Orientation;
  footerNotes?: readonly string[];
  children: readonly FileChild[];
}

export function officialDocument({ title, letterhead, orientation = 'portrait', footerNotes, children }: OfficialDocumentOptions): Document {
  return new Document({
    title,
    creator: 'Acuerda',
    styles: documentStyles,
    numbering: documentNumbering,
    sections: [
      {
        properties: pageSetup(orientation),
        headers: { default: letterheadHeader(letterhead, CONTENT_WIDTH[orientation]) },
        footers: { default: pageFooter(footerNotes) },
        children,
      },
    ],
  });
}
