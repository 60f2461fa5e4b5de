/** The matrix's closing summary: how many agreements stand in each category, and the share fulfilled. */
import { Paragraph, type FileChild } from 'docx';
import { STANDING_KEYS } from '../../../../shared/rules/agreementStatus';
import type { CellContent, RowContent } from '../kit/parts/cells';
import { dataTable } from '../kit/parts/table';
import { cm, STYLE } from '../kit/styles';
import type { MatrixData } from './data';
import { fulfilledSentence, STANDING_LABELS } from './wording';

const bold = (text: string): CellContent => ({ lines: [{ text, bold: true }] });

export function standingSummary({ totals, fulfilledShare }: Pick<MatrixData, 'totals' | 'fulfilledShare'>): FileChild[] {
  const total = STANDING_KEYS.reduce((sum, key) => sum + totals[key], 0);
  const rows: RowContent[] = [
    // The overdue count in bold, so it stands out on a grey print as well; every row kept with the
    // next so the small table never splits from its heading or the percentage under it.
    ...STANDING_KEYS.map((key) => {
      const cells = [STANDING_LABELS[key], String(totals[key])];
      return { cells: key === 'vencido' ? cells.map(bold) : cells, keepWithNext: true };
    }),
    { cells: [bold('Total'), bold(String(total))], keepWithNext: true },
  ];
  return [
    new Paragraph({ style: STYLE.heading, text: 'RESUMEN POR ESTADO' }),
    dataTable({
      columns: [
        { header: 'Estado', weight: 3 },
        { header: 'Acuerdos', weight: 1.4, right: true },
      ],
      rows,
      width: cm(8),
    }),
    new Paragraph({ style: STYLE.plain, spacing: { before: 160 }, text: fulfilledSentence(fulfilledShare) }),
  ];
}
