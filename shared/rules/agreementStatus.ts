/**
 * Where an agreement stands. Its status is what was last reported; "vencido" is never typed: an
 * agreement is overdue when it is still open and its deadline has passed.
 */
export const AGREEMENT_STATUSES = ['pendiente', 'en_proceso', 'cumplido', 'no_cumplido', 'anulado'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** Still owed: reviewed at every ordinary session until it is closed one way or another. */
export const OPEN_STATUSES: readonly AgreementStatus[] = ['pendiente', 'en_proceso'];

/** Days ahead that count as "due soon" on Inicio and in the per-institution view. */
export const DUE_SOON_DAYS = 15;
/** Days ahead a reminder warns about. */
export const REMINDER_DAYS = 7;

export const isOpen = (status: AgreementStatus): boolean => OPEN_STATUSES.includes(status);

export const isOverdue = (status: AgreementStatus, deadline: string | null, today: string): boolean =>
  isOpen(status) && deadline !== null && deadline < today;

/**
 * The categories counted on the dashboard and at the foot of the matrix: open agreements split
 * into on time and overdue, then the closed ones by how they closed.
 */
export const STANDING_KEYS = ['pendiente', 'en_proceso', 'vencido', 'cumplido', 'no_cumplido', 'anulado'] as const;
export type StandingKey = (typeof STANDING_KEYS)[number];

export const standingOf = (status: AgreementStatus, deadline: string | null, today: string): StandingKey =>
  isOverdue(status, deadline, today) ? 'vencido' : status;

export type StandingCounts = Record<StandingKey, number>;

export function countStandings(rows: { status: AgreementStatus; deadline: string | null }[], today: string): StandingCounts {
  const counts = Object.fromEntries(STANDING_KEYS.map((k) => [k, 0])) as StandingCounts;
  for (const row of rows) counts[standingOf(row.status, row.deadline, today)] += 1;
  return counts;
}

/** Share fulfilled among the agreements that still count (annulled ones do not); null if none. */
export function fulfilledShare(counts: StandingCounts): number | null {
  const counted = STANDING_KEYS.reduce((sum, k) => sum + counts[k], 0) - counts.anulado;
  return counted === 0 ? null : counts.cumplido / counted;
}
