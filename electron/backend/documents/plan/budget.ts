/** The plan's budget summed up: by funding source and by responsible institution, each with its total. */
import { Paragraph, type Table } from 'docx';
import { percent, share, soles } from '../../../../shared/rules/figures';
import type { CellContent } from '../kit/parts/cells';
import { chapterHeading } from '../kit/parts/chapter';
import { dataTable } from '../kit/parts/table';
import { CONTENT_WIDTH, STYLE } from '../kit/styles';
import type { PlanDocumentData } from './data';

function summaryTable(header: string, items: readonly { name: string; amount: number }[], total: number): Table {
  const bold = (text: string): CellContent => ({ lines: [{ text, bold: true }] });
  return dataTable({
    columns: [
      { header, weight: 6 },
      { header: 'Monto', weight: 2.2, right: true },
      { header: '% del total', weight: 1.4, right: true },
    ],
    rows: [
      ...items.map((item) => [item.name, soles(item.amount), percent(share(item.amount, total))]),
      [bold('Total'), bold(soles(total)), bold(percent(share(total, total)))],
    ],
    width: CONTENT_WIDTH.portrait,
  });
}

export function budgetSummary(data: PlanDocumentData): (Paragraph | Table)[] {
  const heading = chapterHeading('RESUMEN DEL PRESUPUESTO');
  if (data.budgetBySource.length === 0 && data.budgetByInstitution.length === 0) {
    return [heading, new Paragraph({ style: STYLE.body, text: 'El plan no registra montos presupuestados.' })];
  }
  return [
    heading,
    new Paragraph({ style: STYLE.subheading, text: 'Por fuente de financiamiento' }),
    summaryTable(
      'Fuente de financiamiento',
      data.budgetBySource.map(({ label, amount }) => ({ name: label, amount })),
      data.budgetTotal,
    ),
    new Paragraph({ style: STYLE.subheading, spacing: { before: 360 }, text: 'Por institución responsable' }),
    summaryTable('Institución responsable', data.budgetByInstitution, data.budgetTotal),
  ];
}
