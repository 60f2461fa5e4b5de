/**
 * A new step of the set-up starts at its top: the page scrolls up and the cursor goes to the step's
 * title, so the user (and a screen reader) begins with what the step asks, not with the middle of
 * the step left behind. A step opened to show a problem keeps the problem in view instead.
 */
import { type RefObject, useEffect, useRef } from 'react';

export function useStepTop(step: number, container: RefObject<HTMLElement | null>): RefObject<HTMLHeadingElement | null> {
  const title = useRef<HTMLHeadingElement>(null);
  const shown = useRef(step);

  useEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    if (container.current?.querySelector('[aria-invalid="true"]')) return;
    title.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [step, container]);

  return title;
}
