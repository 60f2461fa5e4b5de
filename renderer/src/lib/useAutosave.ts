/**
 * Saves what the user types without a "Save" button: a second after the last keystroke, when the
 * field loses the cursor, and when the screen closes. A value the screen says must not be sent yet
 * (text that looks like case data, an end time before the start) is held, never dropped: it stays in the
 * field and the status says it is not saved.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AppErrorData } from '../../../shared/result';
import { errorData } from '../api';
import { useSaveGuard } from './saveGuard';

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'held' | 'failed';

interface AutosaveOptions<T> {
  /** A stable name among the autosaved parts on screen (lib/saveGuard.ts). */
  id: string;
  /** What the backend holds when the screen opens. */
  initial: T;
  /** Whether `value` must not be sent as it is. */
  isHeld: (value: T) => boolean;
  save: (value: T) => Promise<unknown>;
  delayMs?: number;
}

export interface Autosave<T> {
  value: T;
  status: AutosaveStatus;
  /** When the last save succeeded (ms since the epoch). */
  savedAt: number | null;
  /** Why the last save failed, while status is 'failed'. */
  error: AppErrorData | null;
  /** A new value, or how to make one from the latest (which a render may not show yet). */
  change: (next: T | ((latest: T) => T)) => void;
  /** Saves now if anything can be saved; true when nothing is left unsaved. */
  flush: () => Promise<boolean>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function useAutosave<T>({ id, initial, isHeld, save, delayMs = 1000 }: AutosaveOptions<T>): Autosave<T> {
  const [value, setValue] = useState(initial);
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  // The latest of everything, for timers and for the flush on unmount.
  const latest = useRef({ value: initial, saved: initial, isHeld, save });
  useLayoutEffect(() => {
    latest.current.isHeld = isHeld;
    latest.current.save = save;
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // One save at a time, in order: the next one starts from what the previous one left.
    while (inFlight.current) await inFlight.current;
    const { value: current, saved } = latest.current;
    if (same(current, saved)) return true;
    if (latest.current.isHeld(current)) {
      setStatus('held');
      return false;
    }
    setStatus('saving');
    const attempt = latest.current
      .save(current)
      .then(() => {
        latest.current.saved = current;
        setError(null);
        setSavedAt(Date.now());
        setStatus(same(latest.current.value, current) ? 'saved' : 'pending');
        return same(latest.current.value, current);
      })
      .catch((failure: unknown) => {
        setError(errorData(failure));
        setStatus('failed');
        return false;
      })
      .finally(() => {
        inFlight.current = null;
      });
    inFlight.current = attempt;
    return attempt;
  }, []);

  const change = useCallback(
    (update: T | ((latest: T) => T)) => {
      const next = typeof update === 'function' ? (update as (latest: T) => T)(latest.current.value) : update;
      latest.current.value = next;
      setValue(next);
      if (timer.current) clearTimeout(timer.current);
      if (same(next, latest.current.saved)) {
        timer.current = null;
        setStatus((s) => (s === 'idle' ? 'idle' : 'saved'));
        return;
      }
      setStatus(latest.current.isHeld(next) ? 'held' : 'pending');
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  // Leaving the screen saves what can be saved; the call outlives the component.
  useEffect(() => () => void flush(), [flush]);

  useSaveGuard(id, {
    isDirty: () => !same(latest.current.value, latest.current.saved),
    flush,
  });

  return { value, status, savedAt, error, change, flush };
}
