/** Which database is open, and switching between real data, the demo and a fresh file. */
import { useQueryClient } from '@tanstack/react-query';
import type { AppStatus } from '../../../../shared/domain/workspace';
import { queryKey, useApiMutation } from '../../api';

type SwitchMethod = 'workspace.openDemo' | 'workspace.openReal' | 'workspace.startNewDatabase';

/**
 * Opens another database. Everything cached belonged to the old one: queries in flight are
 * cancelled before the switch (so none can store the new database's answer under the old screen)
 * and every query but the status is dropped after it, before the status names the new database.
 * The app then starts again from "Inicio" (the page on screen may not exist in the other database),
 * and StartupGate mounts its screens afresh for the new database (see `databaseKey`).
 */
export function useSwitchDatabase(method: SwitchMethod) {
  const client = useQueryClient();
  return useApiMutation(method, {
    onMutate: () => client.cancelQueries(),
    onSuccess: (status: AppStatus) => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'workspace.status' });
      window.location.hash = '#/';
      client.setQueryData(queryKey('workspace.status', {}), status);
    },
  });
}

/** Names the open database: the screens are mounted afresh whenever it changes. */
export function databaseKey(status: AppStatus): string {
  const { database } = status;
  return `${database.state}:${database.file}`;
}
