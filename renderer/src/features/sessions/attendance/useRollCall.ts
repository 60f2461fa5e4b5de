/**
 * Roll-call changes that show at once: each click changes the page and the quorum on the spot, and
 * once the last pending change is answered the session is read again, so the backend has the last
 * word (also when it refused a change, which is then explained).
 */
import { useQueryClient } from '@tanstack/react-query';
import type { SessionDetail } from '../../../../../shared/domain/sessions';
import { invalidateDomains, useApiMutation } from '../../../api';
import { SESSION_DOMAINS, useTaskforce } from '../../../lib/commonQueries';
import { notifyError } from '../../../lib/notify';
import { usePatchSession } from '../queries';
import { applyAttendance, applyCall, applyTitularesPresent } from './rollCall';

export const ROLL_CALL = ['sessions.rollCall'];

export function useRollCall(session: SessionDetail) {
  const client = useQueryClient();
  const patch = usePatchSession(session.id);
  const rule = useTaskforce().data?.quorum ?? null;
  const settle = {
    mutationKey: ROLL_CALL,
    onError: notifyError,
    onSettled: async () => {
      // This change is still counted as pending here: 1 means no other one is on its way.
      if (client.isMutating({ mutationKey: ROLL_CALL }) === 1) await invalidateDomains(client, SESSION_DOMAINS);
    },
  };
  const attendance = useApiMutation('sessions.setAttendance', {
    ...settle,
    onMutate: (change) => patch((old) => applyAttendance(old, change, rule)),
  });
  const proceedings = useApiMutation('sessions.saveProceedings', {
    ...settle,
    onMutate: ({ call }) => patch((old) => applyCall(old, call, rule)),
  });
  const titulares = useApiMutation('sessions.markTitularesPresent', {
    ...settle,
    onMutate: () => patch((old) => applyTitularesPresent(old, rule)),
  });
  return {
    setAttendance: attendance.mutate,
    setCall: proceedings.mutate,
    markTitularesPresent: () => titulares.mutate({ sessionId: session.id }),
  };
}
