/** How far a day is from today, in words: "hoy", "mañana", "hace 3 días", "dentro de 12 días". */

const DAY_MS = 86_400_000;

/** Whole calendar days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function relativeDay(date: string, today: string, language: string): string {
  return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(daysBetween(today, date), 'day');
}
