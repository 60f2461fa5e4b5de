/**
 * Who is expected at a session: the member institutions active on its date, with what has been
 * recorded for each and the representatives accredited that day. Rows are stored only once
 * something is recorded (and all of them when the acta is approved), so an institution added to
 * the roster before the session simply appears.
 */
import type { AttendanceRow, Quorum } from '../../../shared/domain/sessions';
import type { Taskforce } from '../../../shared/domain/taskforce';
import { quorumStatus, type SessionCall } from '../../../shared/rules/quorum';
import type { Db } from '../db/types';
import type { SessionRow } from './guards';
import * as repo from './repository';

export async function loadRoster(db: Db, session: SessionRow): Promise<AttendanceRow[]> {
  const [stored, roster, reps] = await Promise.all([
    repo.listAttendance(db, session.id),
    // A locked acta's roster is exactly what was stored when it was approved.
    session.acta_status === 'borrador' ? repo.rosterOn(db, session.date) : Promise.resolve([]),
    repo.representativesOn(db, session.date),
  ]);
  const names = new Map(reps.map((r) => [`${r.institution_id}:${r.role}`, r.full_name]));
  const byId = new Map<number, AttendanceRow>();
  for (const institution of roster) {
    byId.set(institution.id, {
      institutionId: institution.id,
      institutionName: institution.name,
      acronym: institution.acronym,
      hasVote: institution.has_vote === 1,
      status: 'absent',
      attendeeName: '',
      attendeePost: '',
      arrivalTime: null,
      titularName: null,
      alternoName: null,
    });
  }
  for (const row of stored) {
    byId.set(row.institution_id, {
      institutionId: row.institution_id,
      institutionName: row.name,
      acronym: row.acronym,
      hasVote: row.has_vote === 1,
      status: row.status,
      attendeeName: row.attendee_name,
      attendeePost: row.attendee_post,
      arrivalTime: row.arrival_time,
      titularName: null,
      alternoName: null,
    });
  }
  return [...byId.values()]
    .map((row) => ({
      ...row,
      titularName: names.get(`${row.institutionId}:titular`) ?? null,
      alternoName: names.get(`${row.institutionId}:alterno`) ?? null,
    }))
    .sort((a, b) => Number(b.hasVote) - Number(a.hasVote) || a.institutionName.localeCompare(b.institutionName, 'es'));
}

export function quorumOf(roster: readonly AttendanceRow[], settings: Taskforce, call: SessionCall): Quorum {
  const status = quorumStatus(roster, settings.quorum, call);
  return { call, ...status };
}
