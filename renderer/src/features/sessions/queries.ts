/** Sessions and their parts. Every change refreshes SESSION_DOMAINS (lib/commonQueries.ts). */
import { useQueryClient } from '@tanstack/react-query';
import type { MethodInput, MethodName } from '../../../../shared/contract';
import type { SessionDetail } from '../../../../shared/domain/sessions';
import { queryKey, useApiMutation, useApiQuery } from '../../api';
import { SESSION_DOMAINS } from '../../lib/commonQueries';

export const useSessions = (filter: MethodInput<'sessions.list'>) =>
  useApiQuery('sessions.list', filter, { placeholderData: (previous) => previous });
export const useSession = (id: number) => useApiQuery('sessions.get', { id });

type SessionsMethod = Extract<MethodName, `sessions.${string}`>;

/** A change to sessions; the data on screen is fresh again once the returned promise settles. */
export const useSessionsMutation = <M extends SessionsMethod>(method: M) => useApiMutation(method, { invalidates: SESSION_DOMAINS });

/** Removing a session refreshes nothing by itself: the page leaves it first, then refreshes. */
export const useRemoveSession = () => useApiMutation('sessions.remove');

/**
 * Changes the session's page on screen at once, before the backend answers (a roll call must feel
 * instant); the answer, or a refetch after a refusal, then puts the backend's truth in its place.
 */
export function usePatchSession(id: number) {
  const client = useQueryClient();
  const key = queryKey('sessions.get', { id });
  return async (patch: (session: SessionDetail) => SessionDetail): Promise<void> => {
    await client.cancelQueries({ queryKey: key });
    client.setQueryData<SessionDetail>(key, (old) => (old ? patch(old) : old));
  };
}
