/** How a session is named in documents and lists: "Primera Sesión Ordinaria 2026". */
import { feminineOrdinal, shortDate } from './spanish';

export type SessionKindName = 'ordinaria' | 'extraordinaria' | 'instalacion';

const KIND_WORDS: Record<SessionKindName, string> = {
  ordinaria: 'Sesión Ordinaria',
  extraordinaria: 'Sesión Extraordinaria',
  instalacion: 'Sesión de Instalación',
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Without year: "Primera Sesión Ordinaria"; the first installation session is just "Sesión de Instalación". */
export function sessionName(kind: SessionKindName, number: number | null): string {
  const words = KIND_WORDS[kind];
  if (number === null || (kind === 'instalacion' && number === 1)) return words;
  const ordinal = feminineOrdinal(number);
  return ordinal === null ? `${words} N° ${number}` : `${ordinal.split(' ').map(capitalise).join(' ')} ${words}`;
}

/** "Primera Sesión Ordinaria 2026" once numbered; before that "Sesión Ordinaria del 12/03/2026". */
export function sessionTitle(kind: SessionKindName, number: number | null, year: number, date: string): string {
  return number === null ? `${sessionName(kind, null)} del ${shortDate(date)}` : `${sessionName(kind, number)} ${year}`;
}
