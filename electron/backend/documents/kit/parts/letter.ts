/**
 * The pieces every oficio shares: the place and date at the right, the plain lines of the number
 * and the addressee, and the farewell that ends with the signature.
 */
import { AlignmentType, Paragraph, TextRun } from 'docx';
import { longDate } from '../../../../../shared/rules/spanish';
import type { SignatoryData } from '../data';
import { STYLE } from '../styles';
import { signatureBlock } from './signature';

/** "Villa Esperanza, 2 de marzo de 2026", right-aligned above the number. */
export const placeAndDate = (placeName: string, date: string): Paragraph =>
  new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 200 }, text: `${placeName}, ${longDate(date)}` });

/** One line of the heading block: the number, an addressee line, "Presente.-". */
export const letterLine = (text: string, bold = false, after = 0): Paragraph =>
  new Paragraph({ style: STYLE.plain, spacing: { after }, children: [new TextRun({ text, bold })] });

/** The courtesy sentence, "Atentamente," and the signature. */
export function farewell(courtesy: string, signer: SignatoryData): Paragraph[] {
  return [
    // Kept with the closing so the signature page never starts with "Atentamente," alone.
    new Paragraph({ style: STYLE.body, keepNext: true, text: courtesy }),
    new Paragraph({ keepNext: true, spacing: { before: 120 }, text: 'Atentamente,' }),
    signatureBlock(signer),
  ];
}
