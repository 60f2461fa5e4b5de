/**
 * How the plan's figures read on screen, as the documents print them: soles as "S/ 12,500.00",
 * shares as "85 %", periods as "I semestre 2026". The spaces are non-breaking, so a narrow cell
 * never splits a figure over two lines.
 */
import type { TFunction } from 'i18next';

const NBSP = '\u00a0';
const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export const soles = (amount: number): string => `S/${NBSP}${money.format(amount)}`;

export const quantity = (value: number): string => count.format(value);

/** A 0–1 share (beyond 1 when a target was exceeded) as a whole percentage; "—" when nothing was due. */
export const percent = (ratio: number | null): string => (ratio === null ? '—' : `${Math.round(ratio * 100)}${NBSP}%`);

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "2026", "I semestre 2026" (or "I sem. 2026" when `short`), "III trimestre 2026". */
export function periodName(t: TFunction, code: string, short = false): string {
  const [year, part] = code.split('-');
  if (part === undefined) return String(year);
  const kind = part.startsWith('S') ? 'semester' : 'quarter';
  const n = Number(part.slice(1));
  return t(`planUi.periods.${kind}${short ? 'Short' : ''}`, { roman: ROMAN[n - 1], n, year });
}

/** "2026–2027", or "2026" for a plan of one year. */
export const planSpan = (plan: { startYear: number; endYear: number }): string =>
  plan.startYear === plan.endYear ? String(plan.startYear) : `${plan.startYear}–${plan.endYear}`;
