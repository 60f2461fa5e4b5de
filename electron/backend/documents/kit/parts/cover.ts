/**
 * The cover of a management instrument (plan, protocol): the quoted decade and year lines, the logo
 * large, the entity and the instancia, the title, then how it was approved, or "BORRADOR" across a
 * draft, and the month of the document at the foot.
 */
import { AlignmentType, Paragraph, TextRun } from 'docx';
import { longDate } from '../../../../../shared/rules/spanish';
import type { LetterheadData } from '../data';
import { logoRun, yearLines } from '../letterhead';
import { cm } from '../styles';
import { draftMark } from './draftMark';

export interface CoverData {
  letterhead: LetterheadData;
  taskforceName: string;
  /** "PLAN DE ACCIÓN LOCAL 2026-2027". */
  titleUpper: string;
  /** Under the title, each on its line: the instrument's own title, its version. */
  subtitles: readonly string[];
  approvalText: string | null;
  draft: boolean;
  date: string;
}

/** Pixels at 96 per inch, as docx sizes pictures: about 4.5 cm tall, never wider than 8 cm. */
const LOGO_MAX = { height: 170, width: 302 };

const centred = (text: string, size: number, options: { bold?: boolean; italics?: boolean; before?: number; after?: number } = {}) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: options.before ?? 0, after: options.after ?? 120 },
    children: [new TextRun({ text, size, bold: options.bold, italics: options.italics })],
  });

function logo(letterhead: LetterheadData): Paragraph[] {
  if (letterhead.logo === null) return [];
  return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: cm(1.5), after: 240 }, children: [logoRun(letterhead.logo, LOGO_MAX)] })];
}

/** "Marzo de 2026": a cover dates the instrument by its month. */
function monthOf(date: string): string {
  const month = longDate(date).replace(/^\d+ de /, '');
  return month.charAt(0).toLocaleUpperCase('es-PE') + month.slice(1);
}

function approval({ approvalText, draft }: CoverData): Paragraph[] {
  if (draft) return [draftMark()];
  return approvalText === null || approvalText.trim() === '' ? [] : [centred(approvalText, 22, { italics: true })];
}

export function coverPage(data: CoverData): Paragraph[] {
  return [
    ...yearLines(data.letterhead),
    ...logo(data.letterhead),
    centred(data.letterhead.entityName.toLocaleUpperCase('es-PE'), 26, { bold: true, before: data.letterhead.logo === null ? cm(3) : 0 }),
    centred(data.taskforceName, 22),
    centred(data.titleUpper, 40, { bold: true, before: cm(3), after: 240 }),
    ...data.subtitles.filter((s) => s.trim() !== '').map((s) => centred(s, 28)),
    new Paragraph({ spacing: { before: cm(2.5) }, children: [] }),
    ...approval(data),
    centred(monthOf(data.date), 22, { before: cm(2) }),
  ];
}
