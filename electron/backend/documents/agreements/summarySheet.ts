/** The "Resumen" sheet: the agreements in each standing and the share fulfilled, as numbers. */
import type { Workbook } from 'exceljs';
import { STANDING_KEYS } from '../../../../shared/rules/agreementStatus';
import { longDate } from '../../../../shared/rules/spanish';
import type { MatrixData } from './data';
import { font, styleBody, styleHeader } from './sheetStyle';
import { STANDING_LABELS } from './wording';

export function addSummarySheet(workbook: Workbook, data: MatrixData): void {
  const sheet = workbook.addWorksheet('Resumen');
  sheet.columns = [{ width: 36 }, { width: 14 }];
  sheet.addRow(['RESUMEN POR ESTADO']).font = font({ bold: true, size: 12 });
  sheet.addRow([`Información al ${longDate(data.cutDate)}`]).font = font();
  sheet.addRow([]);
  styleHeader(sheet.addRow(['Estado', 'Acuerdos']));
  const total = STANDING_KEYS.reduce((sum, key) => sum + data.totals[key], 0);
  const rows = [...STANDING_KEYS.map((key) => [STANDING_LABELS[key], data.totals[key]] as const), ['Total', total] as const];
  for (const [label, count] of rows) {
    // Overdue and the total in bold, as in the Word summary.
    const bold = label === 'Total' || label === STANDING_LABELS.vencido;
    const row = sheet.addRow([label, count]);
    styleBody(row.getCell(1), 'left', bold);
    styleBody(row.getCell(2), 'right', bold);
  }
  sheet.addRow([]);
  // The share as a number, so it can be charted; a note in its place when nothing counts.
  const share = sheet.addRow(['Porcentaje de cumplimiento', data.fulfilledShare ?? 'Sin acuerdos computables']);
  share.getCell(1).font = font({ bold: true });
  share.getCell(2).font = font();
  if (data.fulfilledShare !== null) share.getCell(2).numFmt = '0.0%';
}
