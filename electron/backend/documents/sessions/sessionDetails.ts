/** Fecha, Hora and Lugar of a session, as the convocation, the agenda and the attendance sheet print them. */
import { hoursText, longDateWithWeekday } from '../../../../shared/rules/spanish';
import type { Detail } from '../kit/parts/details';
import type { SessionHeadingData } from './data';

function hours(session: SessionHeadingData): string {
  if (session.secondCallTime === null) return hoursText(session.firstCallTime);
  return `${hoursText(session.firstCallTime)} (primera convocatoria); ${hoursText(session.secondCallTime)} (segunda convocatoria)`;
}

function place(session: SessionHeadingData): string[] {
  const link = session.virtualLink.trim();
  const virtual = link === '' ? 'Modalidad virtual' : `Modalidad virtual: ${link}`;
  if (session.mode === 'presencial') return [session.place];
  if (session.mode === 'virtual') return [virtual];
  return [session.place, virtual];
}

export function sessionDetails(session: SessionHeadingData): Detail[] {
  return [
    { label: 'Fecha', value: longDateWithWeekday(session.date) },
    { label: 'Hora', value: hours(session) },
    { label: 'Lugar', value: place(session) },
  ];
}
