/**
 * The queries several features share, so each is asked with one set of options and no feature
 * reaches into another's files: the instancia's settings, the network's figures, which database is
 * open, and what a change to a session makes stale.
 */
import { useApiQuery } from '../api';

export const useTaskforce = () => useApiQuery('taskforce.get', {});
export const useMembersSummary = () => useApiQuery('members.summary', {});
export const useAppStatus = () => useApiQuery('workspace.status', {}, { staleTime: Infinity, retry: false });

/** Whether the fictional example data is open (rather than the instancia's real data). */
export function useIsDemo(): boolean {
  const { data } = useAppStatus();
  return data?.database.state === 'ready' && data.database.kind === 'demo';
}

/**
 * What a change to a session (its data, roll call, agenda or acta) makes stale: the whole "sessions"
 * domain (a session's page, the list, and the other sessions whose pending actas or numbers may have
 * moved), and with it the agreements and "Inicio": a session's date decides which agreements its
 * acta carries over, and its roll call feeds the attendance figures.
 */
export const SESSION_DOMAINS = ['sessions', 'agreements', 'dashboard'] as const;
