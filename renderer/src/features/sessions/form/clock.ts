/** Clock times "HH:MM" as the forms hold them. */

/** "10:00" + 30 → "10:30"; null when the time is incomplete or the result passes midnight. */
export function addMinutes(time: string, minutes: number): string | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return null;
  const total = Number(match[1]) * 60 + Number(match[2]) + minutes;
  if (total >= 24 * 60) return null;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** An empty time input is no time. */
export const timeOrNull = (time: string): string | null => (time === '' ? null : time);
