/** How a session's date, time and place read on screen ("jueves, 12 de marzo de 2026 · 10:00"). */
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { Session } from '../../../../shared/domain/sessions';
import { longDate } from '../../lib/dates';

/** "jueves, 12 de marzo de 2026" / "Thursday, March 12, 2026". */
export const dateWithWeekday = (date: string, language: string): string =>
  `${dayjs(date).locale(language).format('dddd')}, ${longDate(date, language)}`;

/** "10:00" or, with a second call, "10:00 (2.ª convocatoria 10:30)". */
export function callTimes(t: TFunction, session: Pick<Session, 'firstCallTime' | 'secondCallTime'>): string {
  return session.secondCallTime
    ? t('sessions.format.withSecondCall', { first: session.firstCallTime, second: session.secondCallTime })
    : session.firstCallTime;
}

/** "Presencial · Auditorio municipal", "Virtual", "Mixta · Auditorio municipal". */
export function modeAndPlace(t: TFunction, session: Pick<Session, 'mode' | 'place'>): string {
  const mode = t(`sessions.modes.${session.mode}`);
  return session.mode !== 'virtual' && session.place ? `${mode} · ${session.place}` : mode;
}
