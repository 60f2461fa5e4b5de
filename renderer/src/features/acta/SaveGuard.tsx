/**
 * Leaving a half-written acta loses nothing: on the way to another screen, everything the acta's
 * fields have not saved yet is saved first. Only what cannot be saved (text held by the
 * confidentiality warning, a failed save) stops the user, with a question in plain words.
 */
import { createContext, type ReactNode, useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ConfirmModal } from '../../components/ConfirmModal';

interface Guarded {
  isDirty: () => boolean;
  /** Saves what can be saved; true when nothing is left unsaved. */
  flush: () => Promise<boolean>;
}

type Registry = Map<string, Guarded>;

const GuardContext = createContext<Registry | null>(null);

/** Puts one autosaved part of the acta under the guard for as long as it is on screen. */
export function useSaveGuard(id: string, guarded: Guarded): void {
  const registry = useContext(GuardContext);
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

/** "/sesiones/12/acta" and "/sesiones/12/documentos" are one page, with another tab open. */
const pageOf = (pathname: string) => pathname.split('/').slice(0, 3).join('/');

const flushAll = (registry: Registry) => Promise.all([...registry.values()].map((g) => g.flush())).then((done) => done.every(Boolean));

/** Saves every part of the acta now (e.g. before approving it); true when nothing is left unsaved. */
export function useSaveAll(): () => Promise<boolean> {
  const registry = useContext(GuardContext);
  return () => (registry ? flushAll(registry) : Promise.resolve(true));
}

export function SaveGuard({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [registry] = useState<Registry>(() => new Map());
  const [askToLeave, setAskToLeave] = useState(false);
  // Another tab of the same page keeps the acta on screen (hidden): only leaving the page counts.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      pageOf(currentLocation.pathname) !== pageOf(nextLocation.pathname) && [...registry.values()].some((g) => g.isDirty()),
  );
  const blockerRef = useRef(blocker);
  useLayoutEffect(() => {
    blockerRef.current = blocker;
  });

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    let current = true;
    void flushAll(registry).then((allSaved) => {
      if (!current) return;
      if (allSaved) blockerRef.current.proceed?.();
      else setAskToLeave(true);
    });
    return () => {
      current = false;
    };
  }, [blocker.state, registry]);

  // Closing the window: a last attempt, without holding the window open.
  useEffect(() => {
    const onHide = () => void flushAll(registry);
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [registry]);

  const answer = (leave: boolean) => {
    setAskToLeave(false);
    if (leave) blockerRef.current.proceed?.();
    else blockerRef.current.reset?.();
  };

  return (
    <GuardContext.Provider value={registry}>
      {children}
      <ConfirmModal
        opened={askToLeave}
        title={t('actaUi.leave.title')}
        message={t('actaUi.leave.body')}
        confirmLabel={t('actaUi.leave.confirm')}
        onConfirm={() => answer(true)}
        onClose={() => answer(false)}
      />
    </GuardContext.Provider>
  );
}
