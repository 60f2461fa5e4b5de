/**
 * The structure of a document body as tests read it: its sections with their page orientation, its
 * tables, their rows and the text of each cell.
 */
import { paragraphsOf, type DocxFile } from './docx';

export interface SectionXml {
  orientation: 'portrait' | 'landscape';
  /** The section's body, up to its section properties. */
  xml: string;
  text: string;
}

/**
 * Each section ends with its properties: in its last paragraph (which belongs to it, text and all)
 * or, the last section, in the body itself.
 */
export function sectionsOf(docx: DocxFile): SectionXml[] {
  const xml = docx.xml();
  const sections: SectionXml[] = [];
  let from = 0;
  for (const match of xml.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)) {
    const after = match.index + match[0].length;
    const end = xml.startsWith('</w:pPr>', after) ? xml.indexOf('</w:p>', after) + '</w:p>'.length : after;
    const chunk = xml.slice(from, end);
    from = end;
    sections.push({
      orientation: /<w:pgSz [^>]*w:orient="landscape"/.test(match[0]) ? 'landscape' : 'portrait',
      xml: chunk,
      text: paragraphsOf(chunk)
        .map((p) => p.text)
        .join('\n'),
    });
  }
  return sections;
}

export const tablesOf = (xml: string): string[] => [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map(([t]) => t);
export const rowsOf = (table: string): string[] => [...table.matchAll(/<w:tr>.*?<\/w:tr>/g)].map(([r]) => r);
export const cellsOf = (row: string): string[] => [...row.matchAll(/<w:tc>.*?<\/w:tc>/g)].map(([c]) => c);

/** A cell's text, one line per paragraph. */
export const cellText = (cell: string): string =>
  paragraphsOf(cell)
    .map((p) => p.text)
    .join('\n');

export const rowTexts = (row: string): string[] => cellsOf(row).map(cellText);

/** "restart", "continue" or null: how a cell takes part in a vertical merge. */
export function mergeOf(cell: string): 'restart' | 'continue' | null {
  if (cell.includes('<w:vMerge w:val="restart"/>')) return 'restart';
  return /<w:vMerge(?: w:val="continue")?\/>/.test(cell) ? 'continue' : null;
}

export const gridWidth = (table: string): number => [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].reduce((sum, m) => sum + Number(m[1]), 0);

/** Text width between the 2.5 cm margins of an A4 page, in twips. */
export const TEXT_WIDTH = { portrait: 11906 - 2 * 1417, landscape: 16838 - 2 * 1417 } as const;

/** The non-breaking space that keeps "S/ 12,500.00" and "85 %" on one line. */
export const NBSP = '\u00a0';
