/**
 * The confidentiality guard's memory: which findings the user has confirmed ("it identifies no
 * victim"). Findings already in the saved text were confirmed when it was saved (the backend
 * refuses them otherwise); a new DNI or name typed later asks again.
 */
import { useCallback, useRef, useState } from 'react';
import { findSensitiveText, type SensitiveFinding } from '../../../shared/rules/confidentiality';

const keyOf = (finding: SensitiveFinding) => `${finding.kind}:${finding.match}`;

/** Each finding once, in the order found. */
export function distinctFindings(text: string): SensitiveFinding[] {
  const seen = new Map<string, SensitiveFinding>();
  for (const finding of findSensitiveText(text)) if (!seen.has(keyOf(finding))) seen.set(keyOf(finding), finding);
  return [...seen.values()];
}

export interface SensitiveGuard {
  /** The findings in `text` the user has not confirmed yet. */
  unconfirmed: (text: string) => SensitiveFinding[];
  confirm: (findings: readonly SensitiveFinding[]) => void;
  /**
   * Before a form sends `text`: true (and the warning with id `warningId` brought into view) while
   * something is unconfirmed, so the form holds the text instead of sending it.
   */
  holds: (text: string, warningId: string) => boolean;
}

/** What a form sends with confirmed text: whether the backend should accept what looks sensitive. */
export const acknowledgedIn = (text: string): boolean => distinctFindings(text).length > 0;

export function useSensitiveGuard(savedText: string): SensitiveGuard {
  // A ref, so a save started right after confirming already sees the confirmation.
  const confirmed = useRef<Set<string> | null>(null);
  confirmed.current ??= new Set(distinctFindings(savedText).map(keyOf));
  const [, rerender] = useState(0);

  const unconfirmed = useCallback((text: string) => distinctFindings(text).filter((f) => !confirmed.current?.has(keyOf(f))), []);
  const confirm = useCallback((findings: readonly SensitiveFinding[]) => {
    for (const finding of findings) confirmed.current?.add(keyOf(finding));
    rerender((n) => n + 1);
  }, []);
  const holds = useCallback(
    (text: string, warningId: string) => {
      if (unconfirmed(text).length === 0) return false;
      document.getElementById(warningId)?.scrollIntoView({ block: 'center' });
      return true;
    },
    [unconfirmed],
  );
  return { unconfirmed, confirm, holds };
}
