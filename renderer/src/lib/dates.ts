/** Dates as the office reads and types them (12/03/2026, "12 de marzo de 2026"), stored as ISO strings. */
import dayjs from 'dayjs';
import i18n from 'i18next';
import 'dayjs/locale/es';
import localizedFormat from 'dayjs/plugin/localizedFormat';

dayjs.extend(localizedFormat);

export { localToday as today } from '../../../shared/rules/dates';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const TYPED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** "2026-03-12" → "12/03/2026"; anything else is shown as it is. */
export function toTyped(value: string | null): string {
  if (!value) return '';
  const match = ISO.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

/**
 * What the user typed → the value the schemas check: "" is no date, "12/3/2026" becomes
 * "2026-03-12" (even "31/02/2026" becomes "2026-02-31", so the schema can say the day does not
 * exist), and anything unreadable is passed on as typed, so the schema reports the format.
 */
export function fromTyped(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const match = TYPED.exec(trimmed);
  if (!match) return trimmed;
  const [, day, month, year] = match as unknown as [string, string, string, string];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * A date in a table or a sentence: "12/03/2026" in Spanish, "Mar 12, 2026" in English, so an English
 * screen says every date one way, the way its long dates read (12/03 would read as December 3).
 */
export function shortDate(value: string): string {
  if (!ISO.test(value)) return value;
  return i18n.language === 'es' ? toTyped(value) : dayjs(value).locale(i18n.language).format('ll');
}

/** "12 de marzo de 2026" / "March 12, 2026"; an empty string for no date. */
export function longDate(value: string | null, language: string): string {
  if (!value || !ISO.test(value)) return value ?? '';
  return dayjs(value).locale(language).format('LL');
}

/** "jueves, 12 de marzo de 2026" / "Thursday, March 12, 2026". */
export const dateWithWeekday = (date: string, language: string): string =>
  `${dayjs(date).locale(language).format('dddd')}, ${longDate(date, language)}`;
