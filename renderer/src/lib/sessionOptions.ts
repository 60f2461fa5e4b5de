/** The words for each value of the sessions' enumerations, as options for selects and controls. */
import type { TFunction } from 'i18next';
import {
  ATTENDANCE_STATUSES,
  CONVOCATION_SIGNERS,
  SESSION_CALLS,
  SESSION_KINDS,
  SESSION_MODES,
} from '../../../shared/domain/sessions';
import { AGENDA_KINDS } from '../../../shared/rules/agenda';

const options =
  <V extends string>(values: readonly V[], prefix: string) =>
  (t: TFunction) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

export const sessionKindOptions = options(SESSION_KINDS, 'sessions.kinds');
export const sessionModeOptions = options(SESSION_MODES, 'sessions.modes');
export const agendaKindOptions = options(AGENDA_KINDS, 'sessions.agendaKinds');
export const signerOptions = options(CONVOCATION_SIGNERS, 'sessions.signers');
export const callOptions = options(SESSION_CALLS, 'sessions.calls');
export const attendanceStatusOptions = options(ATTENDANCE_STATUSES, 'sessions.attendanceStatus');
