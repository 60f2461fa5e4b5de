/**
 * The session as it will be once a roll-call change is saved, computed on the spot so the quorum
 * moves with each click; the backend's answer then replaces it.
 */
import type { MethodInput } from '../../../../../shared/contract';
import type { AttendanceRow, SessionDetail } from '../../../../../shared/domain/sessions';
import { type QuorumRule, quorumStatus, type SessionCall } from '../../../../../shared/rules/quorum';

export type AttendanceChange = MethodInput<'sessions.setAttendance'>;

export const isPresent = (status: AttendanceRow['status']): boolean => status === 'titular' || status === 'alterno';

/** The name the backend writes in when none is typed: the person accredited in that role. */
const accredited = (row: AttendanceRow, status: AttendanceRow['status']): string =>
  (status === 'titular' ? row.titularName : status === 'alterno' ? row.alternoName : null) ?? '';

function withQuorum(session: SessionDetail, attendance: AttendanceRow[], call: SessionCall, rule: QuorumRule | null): SessionDetail {
  const quorum = rule ? { call, ...quorumStatus(attendance, rule, call) } : session.quorum;
  return { ...session, attendance, call, quorum };
}

export function applyAttendance(session: SessionDetail, change: AttendanceChange, rule: QuorumRule | null): SessionDetail {
  const present = isPresent(change.status);
  const attendance = session.attendance.map((row) =>
    row.institutionId !== change.institutionId
      ? row
      : {
          ...row,
          status: change.status,
          attendeeName: present ? change.attendeeName || accredited(row, change.status) : '',
          attendeePost: present ? (change.attendeePost ?? '') : '',
          arrivalTime: present ? (change.arrivalTime ?? null) : null,
        },
  );
  return withQuorum(session, attendance, session.call, rule);
}

/** Every institution with vote still absent gets its titular present; alternos and excuses stay. */
export function applyTitularesPresent(session: SessionDetail, rule: QuorumRule | null): SessionDetail {
  const attendance = session.attendance.map((row) =>
    row.hasVote && row.status === 'absent' ? { ...row, status: 'titular' as const, attendeeName: accredited(row, 'titular') } : row,
  );
  return withQuorum(session, attendance, session.call, rule);
}

/** How many institutions "todos los titulares presentes" would mark. */
export const absentVoting = (session: SessionDetail): number => session.attendance.filter((row) => row.hasVote && row.status === 'absent').length;

export const applyCall = (session: SessionDetail, call: SessionCall, rule: QuorumRule | null): SessionDetail =>
  withQuorum(session, session.attendance, call, rule);

/**
 * A new status for a row. A name the backend wrote in (the accredited titular or alterno) is left
 * for it to write again for the new role; a name typed by hand is kept.
 */
export function statusChange(row: AttendanceRow, sessionId: number, status: AttendanceRow['status']): AttendanceChange {
  const written = row.attendeeName === '' || row.attendeeName === row.titularName || row.attendeeName === row.alternoName;
  return {
    sessionId,
    institutionId: row.institutionId,
    status,
    attendeeName: written ? '' : row.attendeeName,
    attendeePost: written ? '' : row.attendeePost,
    arrivalTime: row.arrivalTime,
  };
}
