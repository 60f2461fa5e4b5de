/** The reminder in one sentence ("3 acuerdos vencidos y 2 vencen en los próximos 7 días"), and where it leads. */
import type { TFunction } from 'i18next';
import type { Reminders } from '../../../../../shared/domain/agreements';
import { dueWithinLink, OVERDUE_LINK, REMINDER_DAYS } from './register';

export const reminderCount = (reminders: Reminders): number => reminders.overdue.length + reminders.dueSoon.length;

export function reminderSummary(t: TFunction, reminders: Reminders): string {
  const overdue = reminders.overdue.length;
  const dueSoon = reminders.dueSoon.length;
  const days = REMINDER_DAYS;
  if (overdue === 0) return t('agreements.reminders.banner.summary.dueSoon', { count: dueSoon, days });
  const overdueText = t('agreements.reminders.banner.summary.overdue', { count: overdue });
  if (dueSoon === 0) return overdueText;
  return t('agreements.reminders.banner.summary.both', { overdue: overdueText, dueSoon: t('agreements.reminders.banner.summary.dueSoonAfter', { count: dueSoon, days }) });
}

/** The register filtered by what is most pressing: the overdue ones, if any. */
export const reminderLink = (reminders: Reminders): string =>
  reminders.overdue.length > 0 ? OVERDUE_LINK : dueWithinLink(REMINDER_DAYS);
