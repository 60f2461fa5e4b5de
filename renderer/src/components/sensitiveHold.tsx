/**
 * The confidentiality guard of a form dialog: while its text shows findings the user has not
 * confirmed, the form holds the text and shows the warning, whose "confirm" submits again.
 */
import { type ReactNode, type RefObject, useId, useRef } from 'react';
import { acknowledgedIn, useSensitiveGuard } from '../lib/sensitive';
import { SensitiveWarning } from './SensitiveWarning';

export interface SensitiveOption<V> {
  /** The text that goes into the book of actas. */
  text: (values: V) => string;
  /** The text as saved before: its findings were confirmed then. */
  savedText: string;
}

/** What the fields place: the ref of the text input (the warning's "rewrite" returns to it) and the warning with its id. */
export interface SensitiveSlot {
  textRef: RefObject<HTMLTextAreaElement | null>;
  warning: { id: string; node: ReactNode } | null;
}

export function useSensitiveHold<V>(option: SensitiveOption<V> | undefined, values: V, submit: () => void, saving: boolean) {
  const guard = useSensitiveGuard(option?.savedText ?? '');
  const textRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const text = (v: V) => (option ? option.text(v) : '');
  const findings = guard.unconfirmed(text(values));
  const node = (
    <SensitiveWarning id={id} findings={findings} onRewrite={() => textRef.current?.focus()} guard={guard} onConfirm={submit} confirming={saving} />
  );
  const slot: SensitiveSlot = { textRef, warning: findings.length > 0 ? { id, node } : null };
  return {
    slot,
    /** True (and the warning brought into view) while the text waits for the user's word. */
    holds: (v: V) => option !== undefined && guard.holds(text(v), id),
    acknowledged: (v: V) => acknowledgedIn(text(v)),
  };
}
