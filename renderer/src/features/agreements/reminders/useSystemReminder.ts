/**
 * In the desktop app the reminder also goes to the system's notifications, seen even with the
 * window behind others, once a day on this computer; a click opens the register on what is due.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Reminders } from '../../../../../shared/domain/agreements';
import { canNotifySystem, notifySystem } from '../../../platform/systemNotice';
import { markedDay, setMark } from './dailyMarks';
import { reminderCount, reminderLink, reminderSummary } from './summary';

export function useSystemReminder(reminders: Reminders | undefined): void {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useEffect(() => {
    if (!reminders || reminderCount(reminders) === 0 || !canNotifySystem()) return;
    if (markedDay('notified') === reminders.today) return;
    // Marked before showing: a second render while the notice is up must not show another.
    setMark('notified', reminders.today);
    const body = `${reminderSummary(t, reminders)}. ${t('agreements.reminders.notice.action')}`;
    void notifySystem({ title: t('agreements.reminders.notice.title'), body }).then((clicked) => {
      if (clicked) void navigate(reminderLink(reminders));
    });
  }, [reminders, t, navigate]);
}
