/** How official documents write dates, times and ordinals in Spanish ("12 de marzo de 2026", "10:00 horas"). */

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'setiembre', 'octubre', 'noviembre', 'diciembre'];
const WEEKDAYS = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];

const parts = (isoDate: string) => isoDate.split('-').map(Number) as [number, number, number];

/** "12 de marzo de 2026". Peru's official usage spells the ninth month "setiembre". */
export function longDate(isoDate: string): string {
  const [year, month, day] = parts(isoDate);
  return `${day} de ${MONTHS[month - 1]} de ${year}`;
}

/** "jueves 12 de marzo de 2026". */
export function longDateWithWeekday(isoDate: string): string {
  const [year, month, day] = parts(isoDate);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday} ${longDate(isoDate)}`;
}

/** "10:00 horas". */
export const hoursText = (time: string): string => `${time} horas`;

/** "12/03/2026", for tables. */
export function shortDate(isoDate: string): string {
  const [year, month, day] = parts(isoDate);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

const UNITS = ['', 'primera', 'segunda', 'tercera', 'cuarta', 'quinta', 'sexta', 'séptima', 'octava', 'novena'];
const TENS = ['', 'décima', 'vigésima', 'trigésima', 'cuadragésima', 'quincuagésima'];

/** Feminine ordinal, as sessions are named: 1 → "primera", 12 → "décima segunda". Beyond 59, "sesión N° 60". */
export function feminineOrdinal(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n >= 60) return null;
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return [TENS[tens], UNITS[units]].filter(Boolean).join(' ');
}
