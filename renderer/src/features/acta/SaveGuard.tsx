/**
 * Leaving a half-written acta loses nothing: on the way to another screen, everything the acta's
 * fields have not saved yet is saved first. Only what cannot be saved (text held by the
 * confidentiality warning, a failed save) stops the user, with a question in plain words.
 */
import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ConfirmModal } from '../../components/ConfirmModal';
import { flushAll, SaveGuardContext, type SaveRegistry } from '../../lib/saveGuard';

/** "/sesiones/12/acta" and "/sesiones/12/documentos" are one page, with another tab open. */
const pageOf = (pathname: string) => pathname.split('/').slice(0, 3).join('/');

export function SaveGuard({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [registry] = useState<SaveRegistry>(() => new Map());
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
    <SaveGuardContext.Provider value={registry}>
      {children}
      <ConfirmModal
        opened={askToLeave}
        title={t('acta.leave.title')}
        message={t('acta.leave.body')}
        confirmLabel={t('acta.leave.confirm')}
        onConfirm={() => answer(true)}
        onClose={() => answer(false)}
      />
    </SaveGuardContext.Provider>
  );
}
