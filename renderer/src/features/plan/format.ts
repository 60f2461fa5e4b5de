/**
 * How the plan's figures read on screen: the same soles, quantities and shares as the documents
 * print (shared/rules/figures.ts), and periods named in the user's language.
 */
import type { TFunction } from 'i18next';

export { percent, quantity, soles } from '../../../../shared/rules/figures';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "2026", "I semestre 2026" (or "I sem. 2026" when `short`), "III trimestre 2026". */
export function periodName(t: TFunction, code: string, short = false): string {
  const [year, part] = code.split('-');
  if (part === undefined) return String(year);
  const kind = part.startsWith('S') ? 'semester' : 'quarter';
  const n = Number(part.slice(1));
  return t(`plan.periods.${kind}${short ? 'Short' : ''}`, { roman: ROMAN[n - 1], n, year });
}

/** "2026–2027", or "2026" for a plan of one year. */
export const planSpan = (plan: { startYear: number; endYear: number }): string =>
  plan.startYear === plan.endYear ? String(plan.startYear) : `${plan.startYear}–${plan.endYear}`;
