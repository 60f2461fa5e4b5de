/** Moves an agenda item: the new order shows at once, then the backend numbers it for good. */
import { arrayMove } from '@dnd-kit/sortable';
import { useQueryClient } from '@tanstack/react-query';
import type { SessionDetail } from '../../../../../shared/domain/sessions';
import { invalidateDomains, useApiMutation } from '../../../api';
import { SESSION_DOMAINS } from '../../../lib/commonQueries';
import { notifyError } from '../../../lib/notify';
import { usePatchSession } from '../queries';

export function useReorderAgenda(session: SessionDetail) {
  const client = useQueryClient();
  const patch = usePatchSession(session.id);
  const reorder = useApiMutation('sessions.reorderAgenda', {
    invalidates: SESSION_DOMAINS,
    onMutate: ({ itemIds }) =>
      patch((old) => ({
        ...old,
        agenda: itemIds.flatMap((id, index) => old.agenda.filter((item) => item.id === id).map((item) => ({ ...item, position: index + 1 }))),
      })),
    onError: (error) => {
      notifyError(error);
      void invalidateDomains(client, ['sessions']);
    },
  });
  return (from: number, to: number) => {
    const ids = session.agenda.map((item) => item.id);
    if (from === to || to < 0 || to >= ids.length) return;
    reorder.mutate({ sessionId: session.id, itemIds: arrayMove(ids, from, to) });
  };
}
