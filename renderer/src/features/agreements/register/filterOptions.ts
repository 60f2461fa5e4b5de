/**
 * What the register's filters offer: the sessions that adopted agreements (newest first) and their
 * years, and every institution that ever was a member, since old agreements name former members.
 */
import type { TFunction } from 'i18next';
import { shortDate } from '../../../lib/dates';
import { useApiQuery } from '../../../api';
import { SECRETARIAT } from '../secretariat';

/** The "all" entry of a select, as explicit as its other options. */
export const ALL = 'all';

/** Days ahead offered by the "Plazo" filter; another number can still come in the address. */
const DUE_WITHIN = [7, 15, 30, 60, 90];
export const OVERDUE = 'overdue';

export function useFilterOptions(t: TFunction) {
  const sessions = useApiQuery('sessions.list', {});
  const members = useApiQuery('members.list', { status: 'all' });
  const adopting = (sessions.data ?? []).filter((s) => s.agreementCount > 0).sort((a, b) => b.date.localeCompare(a.date));
  return {
    sessions: [
      { value: ALL, label: t('agreements.register.allSessions') },
      ...adopting.map((s) => ({ value: String(s.id), label: t('agreements.register.sessionOption', { title: s.title, date: shortDate(s.date) }) })),
    ],
    years: [{ value: ALL, label: t('agreements.register.allYears') }, ...[...new Set(adopting.map((s) => s.year))].map((y) => ({ value: String(y), label: String(y) }))],
    responsibles: [
      { value: ALL, label: t('agreements.register.allResponsibles') },
      { value: SECRETARIAT, label: t('agreements.secretariat') },
      ...(members.data ?? []).map((m) => ({ value: String(m.id), label: m.name })),
    ],
  };
}

/** "Cualquier plazo", "Solo vencidos" and "Vencen en los próximos N días". */
export function deadlineOptions(t: TFunction, current: number | null) {
  const days = current === null || DUE_WITHIN.includes(current) ? DUE_WITHIN : [...DUE_WITHIN, current].sort((a, b) => a - b);
  return [
    { value: ALL, label: t('agreements.register.anyDeadline') },
    { value: OVERDUE, label: t('agreements.register.onlyOverdue') },
    ...days.map((n) => ({ value: String(n), label: t('agreements.register.dueWithin', { count: n }) })),
  ];
}
