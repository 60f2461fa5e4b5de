/** How a session's time and place read on screen ("10:00 · Presencial · Auditorio municipal"); its date reads with `dateWithWeekday` (lib/dates). */
import type { TFunction } from 'i18next';
import type { Session } from '../../../../shared/domain/sessions';

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
