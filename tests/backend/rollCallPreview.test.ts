/**
 * The roll call the screen shows right after a click (renderer/src/features/sessions/attendance/
 * rollCall.ts) is what the backend then answers: otherwise the quorum would jump once it does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionDetail } from '../../shared/domain/sessions';
import { applyAttendance, applyTitularesPresent } from '../../renderer/src/features/sessions/attendance/rollCall';
import { setUpInstancia, validSession } from '../support/sessionFixtures';
import { openTestWorkspace, type TestWorkspace } from '../support/workspace';

let ws: TestWorkspace | undefined;
afterEach(() => ws?.close());

/**
 * The roll call and the quorum. The accredited person's post is left out: a row carries the
 * accredited names but not their posts, so only the backend's answer can fill it in.
 */
const rollCall = (detail: SessionDetail) => ({
  attendance: detail.attendance.map(({ attendeePost: _post, ...shown }) => shown),
  quorum: detail.quorum,
});

describe('the roll call shown before the backend answers', () => {
  it('matches the answer, change after change', async () => {
    ws = await openTestWorkspace();
    const { voting, voiceOnly } = await setUpInstancia(ws, 5, 1);
    const rule = (await ws.call('taskforce.get', {}))!.quorum;
    let shown = await ws.call('sessions.get', { id: (await ws.call('sessions.create', validSession())).id });

    const changes = [
      { institutionId: voting[0]!, status: 'titular' as const },
      { institutionId: voting[1]!, status: 'alterno' as const, attendeeName: 'María Ríos', attendeePost: 'Asistenta social', arrivalTime: '10:20' },
      { institutionId: voiceOnly[0]!, status: 'titular' as const, attendeeName: 'Invitada' },
      { institutionId: voting[2]!, status: 'excused' as const },
      { institutionId: voting[0]!, status: 'absent' as const },
    ];
    for (const change of changes) {
      const input = { sessionId: shown.id, attendeeName: '', attendeePost: '', arrivalTime: null, ...change };
      const preview = applyAttendance(shown, input, rule);
      shown = await ws.call('sessions.setAttendance', input);
      expect(rollCall(preview), change.status).toEqual(rollCall(shown));
    }

    const preview = applyTitularesPresent(shown, rule);
    shown = await ws.call('sessions.markTitularesPresent', { sessionId: shown.id });
    expect(rollCall(preview)).toEqual(rollCall(shown));
    expect(shown.quorum.met).toBe(true);
  });
});
