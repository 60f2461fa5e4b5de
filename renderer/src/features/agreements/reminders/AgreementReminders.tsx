/**
 * The daily reminder of agreements overdue or due within a week, mounted once in the shell. It is
 * asked when the app opens and again on each new day (and after any change to agreements). Every
 * window shows it as a banner, which can be put away until tomorrow; the desktop app also sends it
 * to the system's notifications, which are easy to miss on their own.
 */
import { useState } from 'react';
import { markedDay, setMark } from './dailyMarks';
import { useReminders } from './queries';
import { ReminderBanner } from './ReminderBanner';
import { reminderCount } from './summary';
import { useDailyRefresh } from './useDailyRefresh';
import { useSystemReminder } from './useSystemReminder';

export function AgreementReminders() {
  useDailyRefresh();
  const { data } = useReminders();
  useSystemReminder(data);
  const [dismissedOn, setDismissedOn] = useState(() => markedDay('dismissed'));
  // A reminder that cannot be loaded shows nothing: it must never stand between the user and the screen.
  if (!data || reminderCount(data) === 0 || dismissedOn === data.today) return null;
  const dismiss = () => {
    setMark('dismissed', data.today);
    setDismissedOn(data.today);
  };
  return <ReminderBanner reminders={data} onDismiss={dismiss} />;
}
