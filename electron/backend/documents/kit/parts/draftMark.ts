/** "BORRADOR" between two rules, bold and spaced: a draft must be told apart at a glance, even photocopied. */
import { AlignmentType, BorderStyle, Paragraph, TextRun } from 'docx';
import { SIZE } from '../styles';

const RULE = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 2 } as const;

export const draftMark = (): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 240 },
    border: { top: RULE, bottom: RULE },
    children: [new TextRun({ text: 'BORRADOR', bold: true, size: SIZE.title + 4, characterSpacing: 60 })],
  });

/** Footer notes of a document that may be a draft: the draft is named on every page. */
export const draftNotes = (draft: boolean): string[] => (draft ? ['BORRADOR'] : []);
