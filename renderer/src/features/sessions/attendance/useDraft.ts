/** A text being typed over a saved value: it follows the saved value whenever that one changes. */
import { useState } from 'react';

export function useDraft(saved: string): [string, (value: string) => void] {
  const [draft, setDraft] = useState(saved);
  const [shown, setShown] = useState(saved);
  if (saved !== shown) {
    setShown(saved);
    setDraft(saved);
  }
  return [draft, setDraft];
}
