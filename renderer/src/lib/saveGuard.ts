/**
 * The autosaved parts on screen, so that something above them (the acta's guard against leaving,
 * "Aprobar acta") can ask whether anything is unsaved and save it all first. Without a provider
 * above them, parts are simply not registered.
 */
import { createContext, useContext, useEffect, useLayoutEffect, useRef } from 'react';

export interface Guarded {
  isDirty: () => boolean;
  /** Saves what can be saved; true when nothing is left unsaved. */
  flush: () => Promise<boolean>;
}

export type SaveRegistry = Map<string, Guarded>;

export const SaveGuardContext = createContext<SaveRegistry | null>(null);

/** Puts one autosaved part under the guard for as long as it is on screen. */
export function useSaveGuard(id: string, guarded: Guarded): void {
  const registry = useContext(SaveGuardContext);
  const latest = useRef(guarded);
  useLayoutEffect(() => {
    latest.current = guarded;
  });
  useEffect(() => {
    if (!registry) return;
    const entry: Guarded = { isDirty: () => latest.current.isDirty(), flush: () => latest.current.flush() };
    registry.set(id, entry);
    return () => {
      if (registry.get(id) === entry) registry.delete(id);
    };
  }, [registry, id]);
}

export const flushAll = (registry: SaveRegistry): Promise<boolean> =>
  Promise.all([...registry.values()].map((g) => g.flush())).then((done) => done.every(Boolean));

/** Saves every guarded part now (e.g. before approving the acta); true when nothing is left unsaved. */
export function useSaveAll(): () => Promise<boolean> {
  const registry = useContext(SaveGuardContext);
  return () => (registry ? flushAll(registry) : Promise.resolve(true));
}
