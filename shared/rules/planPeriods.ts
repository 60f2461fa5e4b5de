/**
 * The time grid of a local action plan: its reporting periods (years or semesters, where targets
 * are set and progress is reported) and its quarters (the activities' schedule). Codes are text:
 * "2026", "2026-S1", "2026-T3".
 */

export type ReportingUnit = 'year' | 'semester';

export interface PlanSpan {
  startYear: number;
  endYear: number;
  reportingUnit: ReportingUnit;
}

const years = ({ startYear, endYear }: PlanSpan): number[] =>
  endYear < startYear ? [] : Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i);

/** Every reporting period of the plan, in order. */
export function reportingPeriods(span: PlanSpan): string[] {
  return years(span).flatMap((y) => (span.reportingUnit === 'year' ? [String(y)] : [`${y}-S1`, `${y}-S2`]));
}

/** Every quarter of the plan, in order: the grid of an activity's schedule. */
export const quarters = (span: PlanSpan): string[] => years(span).flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-T${q}`));

/** The last day of a period or quarter, when it is over. */
export function periodEnd(code: string): string {
  const [yearText, part] = code.split('-');
  const year = Number(yearText);
  if (part === undefined) return `${year}-12-31`;
  if (part === 'S1') return `${year}-06-30`;
  if (part === 'S2') return `${year}-12-31`;
  const quarterEnds = ['03-31', '06-30', '09-30', '12-31'];
  return `${year}-${quarterEnds[Number(part.slice(1)) - 1]}`;
}

/** "2026", "I semestre 2026", "III trimestre 2026": how documents name a period. */
export function periodLabel(code: string): string {
  const [year, part] = code.split('-');
  if (part === undefined) return String(year);
  const roman = ['I', 'II', 'III', 'IV'][Number(part.slice(1)) - 1];
  return `${roman} ${part.startsWith('S') ? 'semestre' : 'trimestre'} ${year}`;
}

/** The periods that have ended by `today`: only those can be behind. */
export const endedPeriods = (span: PlanSpan, today: string): string[] => reportingPeriods(span).filter((p) => periodEnd(p) < today);

/** The period under way on `today`; the first before the plan starts, the last once it is over. */
export function currentPeriod(span: PlanSpan, today: string): string | undefined {
  const periods = reportingPeriods(span);
  return periods[Math.min(endedPeriods(span, today).length, periods.length - 1)];
}
