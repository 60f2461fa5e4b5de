/**
 * Signature blocks: room to sign, a line, the NAME in capitals, the post and the organization.
 * Many signers go two to a row; an odd last one is centred under the others.
 */
import { AlignmentType, Paragraph, TextRun, type Table } from 'docx';
import type { SignatoryData } from '../data';
import { layoutTable } from './table';

const SIGN_LINE = '________________________________';
/** Twips of blank paper above the line, for a handwritten signature and a stamp. */
const SIGNING_ROOM = 960;

/** One paragraph, so no page break can fall between the line and the name under it. */
export function signatureBlock(signer: SignatoryData): Paragraph {
  const lines = [
    { text: SIGN_LINE, bold: false },
    { text: signer.name.toUpperCase(), bold: true },
    { text: signer.post, bold: false },
    { text: signer.organization, bold: false },
  ].filter((l) => l.text.trim() !== '');
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepLines: true,
    spacing: { before: SIGNING_ROOM, after: 160 },
    children: lines.map(({ text, bold }, i) => new TextRun({ text, bold, break: i === 0 ? 0 : 1 })),
  });
}

/** Signers two to a row across `width` twips. */
export function signatureGrid(signers: readonly SignatoryData[], width: number): Table {
  const half = Math.floor(width / 2);
  const rows = [];
  for (let i = 0; i < signers.length; i += 2) {
    const pair = signers.slice(i, i + 2);
    rows.push(
      pair.length === 2
        ? pair.map((s) => ({ children: [signatureBlock(s)] }))
        : [{ children: [signatureBlock(pair[0]!)], span: 2 }],
    );
  }
  return layoutTable([half, width - half], rows);
}
