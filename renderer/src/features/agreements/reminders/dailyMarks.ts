/**
 * "Done for today" marks kept on this computer, so a reminder is not repeated within the day: the
 * banner closed until tomorrow, the system notification already shown.
 */
export type DailyMark = 'dismissed' | 'notified';

const key = (mark: DailyMark) => `acuerda.reminders.${mark}On`;

/** The day the mark was last set, or null. */
export function markedDay(mark: DailyMark): string | null {
  try {
    return localStorage.getItem(key(mark));
  } catch {
    return null;
  }
}

export function setMark(mark: DailyMark, day: string): void {
  try {
    localStorage.setItem(key(mark), day);
  } catch {
    // A locked-down profile may refuse storage: the mark then lasts as long as the window.
  }
}
