/** The page footer: "Página X de Y", then any notes the document adds (a row count, the acta's hash). */
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { SIZE } from './styles';

export function pageFooter(notes: readonly string[] = []): Footer {
  const trailer = notes.map((n) => ` · ${n}`).join('');
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 0 },
        children: [new TextRun({ size: SIZE.tiny, children: ['Página ', PageNumber.CURRENT, ' de ', PageNumber.TOTAL_PAGES, trailer] })],
      }),
    ],
  });
}
