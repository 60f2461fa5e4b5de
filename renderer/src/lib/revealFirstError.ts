/**
 * After a failed submit, brings the first field marked invalid into view and puts the cursor in it,
 * so a long form (in a modal on a 768 px high screen, or a tall settings tab) never hides the problem.
 */
import { type RefObject, useEffect, useRef, useState } from 'react';

export function useRevealFirstError<T extends HTMLElement>(): { ref: RefObject<T | null>; reveal: () => void } {
  const ref = useRef<T>(null);
  // Each request is a number, so asking twice in a row still reveals again.
  const [request, setRequest] = useState(0);

  // Runs once the errors set with the request are on screen (same render).
  useEffect(() => {
    if (request === 0 || !ref.current) return;
    const invalid = Array.from(ref.current.querySelectorAll<HTMLElement>('[aria-invalid="true"]'));
    // A field on a hidden tab cannot take the cursor: the first one the user can see.
    const first = invalid.find((field) => field.checkVisibility());
    if (!first) return;
    first.focus({ preventScroll: true });
    first.scrollIntoView({ block: 'center' });
  }, [request]);

  return { ref, reveal: () => setRequest((n) => n + 1) };
}
