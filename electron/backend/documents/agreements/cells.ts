/** Table cells the matrix and the reminder share. */
import type { CellContent } from '../kit/parts/cells';
import { OVERDUE } from './wording';

/**
 * "ACUERDO N°" above "005-2026-MDVE/GDS": a narrow column would otherwise break the number itself
 * at one of its hyphens. A number written some other way is printed as it comes.
 */
export function numberCell(numberText: string): CellContent {
  const split = /^(.*N°)\s+(\S.*)$/.exec(numberText);
  return split === null ? numberText : { lines: [{ text: split[1]! }, { text: split[2]! }] };
}

/**
 * An overdue agreement's status cell says VENCIDO in bold, since the documents are printed in grey
 * and colour alone would be lost, with the reported status under it.
 */
export function statusCell({ statusLabel, overdue }: { statusLabel: string; overdue: boolean }): CellContent {
  if (!overdue) return statusLabel;
  return { lines: [{ text: OVERDUE, bold: true }, { text: `(${statusLabel})` }] };
}
