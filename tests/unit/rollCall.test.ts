/** The roll call as the screen shows it right after a click, before the backend answers. */
import { describe, expect, it } from 'vitest';
import type { AttendanceRow, SessionDetail } from '../../shared/domain/sessions';
import { DEFAULT_QUORUM_RULE, type QuorumRule } from '../../shared/rules/quorum';
import {
  absentVoting,
  applyAttendance,
  applyCall,
  applyTitularesPresent,
  isPresent,
  statusChange,
} from '../../renderer/src/features/sessions/attendance/rollCall';

const row = (institutionId: number, overrides: Partial<AttendanceRow>): AttendanceRow => ({
  institutionId,
  institutionName: `Institución ${institutionId}`,
  acronym: '',
  hasVote: true,
  status: 'absent',
  attendeeName: '',
  attendeePost: '',
  arrivalTime: null,
  titularName: `Titular ${institutionId}`,
  alternoName: `Alterno ${institutionId}`,
  ...overrides,
});

/** Four institutions with vote (two absent, one excused, one there by its alterno) and one with voice only. */
const ROLL = [
  row(1, {}),
  row(2, { alternoName: null }),
  row(3, { status: 'excused' }),
  row(4, { status: 'alterno', attendeeName: 'Alterno 4', arrivalTime: '10:05' }),
  row(5, { hasVote: false }),
];

/** The roll-call helpers read the attendance, the call and the quorum, and pass the rest through. */
const session = (attendance: AttendanceRow[] = ROLL): SessionDetail =>
  ({
    id: 9,
    title: 'Primera Sesión Ordinaria 2026',
    call: 'first',
    attendance,
    quorum: { call: 'first', votingMembers: 4, present: 1, required: 3, met: false, missing: 2 },
  }) as unknown as SessionDetail;

const byId = (detail: SessionDetail, id: number) => detail.attendance.find((r) => r.institutionId === id)!;
const change = (institutionId: number, status: AttendanceRow['status'], more: { attendeeName?: string; attendeePost?: string; arrivalTime?: string | null } = {}) => ({
  sessionId: 9,
  institutionId,
  status,
  attendeeName: '',
  attendeePost: '',
  arrivalTime: null,
  ...more,
});

describe('a roll-call change, on the spot', () => {
  it('marks a titular present under the accredited name and moves the quorum', () => {
    const next = applyAttendance(session(), change(1, 'titular'), DEFAULT_QUORUM_RULE);
    expect(byId(next, 1)).toMatchObject({ status: 'titular', attendeeName: 'Titular 1' });
    expect(next.quorum).toEqual({ call: 'first', votingMembers: 4, present: 2, required: 3, met: false, missing: 1 });
    expect(next.title).toBe('Primera Sesión Ordinaria 2026');
    expect(next.attendance.filter((r) => r.institutionId !== 1)).toEqual(ROLL.filter((r) => r.institutionId !== 1));
  });

  it('keeps a typed name, post and arrival time, and leaves the name empty when no one is accredited', () => {
    const typed = applyAttendance(session(), change(1, 'alterno', { attendeeName: 'María Ríos', attendeePost: 'Asistenta social', arrivalTime: '10:20' }), null);
    expect(byId(typed, 1)).toMatchObject({ status: 'alterno', attendeeName: 'María Ríos', attendeePost: 'Asistenta social', arrivalTime: '10:20' });
    expect(byId(applyAttendance(session(), change(2, 'alterno'), null), 2).attendeeName).toBe('');
  });

  it('clears name, post and arrival time of whoever is marked absent or excused', () => {
    for (const status of ['absent', 'excused'] as const) {
      expect(byId(applyAttendance(session(), change(4, status, { attendeeName: 'Alterno 4' }), DEFAULT_QUORUM_RULE), 4)).toMatchObject({
        status,
        attendeeName: '',
        attendeePost: '',
        arrivalTime: null,
      });
    }
  });

  it('never counts an institution with voice only towards the quorum', () => {
    expect(applyAttendance(session(), change(5, 'titular'), DEFAULT_QUORUM_RULE).quorum).toMatchObject({ present: 1, missing: 2 });
  });

  it('leaves the quorum as it was when the rule is not loaded yet', () => {
    const before = session();
    expect(applyAttendance(before, change(1, 'titular'), null).quorum).toBe(before.quorum);
  });
});

describe('all titulares present', () => {
  it('marks every absent institution with vote by its titular, keeping excuses, alternos and voice-only ones', () => {
    expect(absentVoting(session())).toBe(2);
    const next = applyTitularesPresent(session(), DEFAULT_QUORUM_RULE);
    expect(next.attendance.map((r) => [r.status, r.attendeeName])).toEqual([
      ['titular', 'Titular 1'],
      ['titular', 'Titular 2'],
      ['excused', ''],
      ['alterno', 'Alterno 4'],
      ['absent', ''],
    ]);
    expect(next.quorum).toMatchObject({ present: 3, required: 3, met: true, missing: 0 });
    expect(absentVoting(next)).toBe(0);
  });
});

describe('the call', () => {
  const lowerOnSecondCall: QuorumRule = { firstCall: { kind: 'majority' }, secondCall: { kind: 'fixed', count: 1 } };

  it("applies the second call's threshold when the reglamento has one", () => {
    const next = applyCall(session(), 'second', lowerOnSecondCall);
    expect(next.call).toBe('second');
    expect(next.quorum).toEqual({ call: 'second', votingMembers: 4, present: 1, required: 1, met: true, missing: 0 });
  });

  it("keeps the first call's threshold when the reglamento sets no second one", () => {
    expect(applyCall(session(), 'second', DEFAULT_QUORUM_RULE).quorum).toMatchObject({ call: 'second', required: 3, met: false });
  });
});

describe('the change a status select sends', () => {
  it('lets the backend write the accredited name again for the new role', () => {
    const there = row(4, { status: 'titular', attendeeName: 'Titular 4', attendeePost: 'Comisario', arrivalTime: '10:05' });
    expect(statusChange(there, 9, 'alterno')).toEqual({ sessionId: 9, institutionId: 4, status: 'alterno', attendeeName: '', attendeePost: '', arrivalTime: '10:05' });
  });

  it('keeps a name typed by hand, with its post', () => {
    const typed = row(4, { status: 'titular', attendeeName: 'Rosa Vega', attendeePost: 'Encargada' });
    expect(statusChange(typed, 9, 'alterno')).toMatchObject({ attendeeName: 'Rosa Vega', attendeePost: 'Encargada' });
  });

  it('counts titulares and alternos as present, absences and excuses not', () => {
    expect((['titular', 'alterno', 'absent', 'excused'] as const).map(isPresent)).toEqual([true, true, false, false]);
  });
});
