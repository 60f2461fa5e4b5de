/** Which database is open, and switching between real data, the demo and a fresh file. */
import { useQueryClient } from '@tanstack/react-query';
import { queryKey, useApiMutation, useApiQuery } from '../../api';
import type { AppStatus } from '../../../../shared/domain/app';

export const useAppStatus = () => useApiQuery('app.status', {}, { staleTime: Infinity, retry: false });

/** Whether the fictional example data is open (rather than the instancia's real data). */
export function useIsDemo(): boolean {
  const { data } = useAppStatus();
  return data?.database.state === 'ready' && data.database.kind === 'demo';
}

type SwitchMethod = 'app.openDemo' | 'app.openReal' | 'app.startNewDatabase';

/**
 * Opens another database: everything cached belonged to the old one, so it is all dropped, and
 * the app starts again from "Inicio" (the page on screen may not exist in the other database).
 */
export function useSwitchDatabase(method: SwitchMethod) {
  const client = useQueryClient();
  return useApiMutation(method, {
    onSuccess: (status: AppStatus) => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'app.status' });
      client.setQueryData(queryKey('app.status', {}), status);
      window.location.hash = '#/';
    },
  });
}
