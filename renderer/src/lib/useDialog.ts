/**
 * A dialog about one item: which item, and whether it is open. The item stays set while the
 * dialog fades out, so its title does not change under the user's eyes.
 */
import { useState } from 'react';

export interface Dialog<T> {
  item: T | undefined;
  opened: boolean;
  open: (item?: T) => void;
  close: () => void;
}

export function useDialog<T>(): Dialog<T> {
  const [state, setState] = useState<{ item: T | undefined; opened: boolean }>({ item: undefined, opened: false });
  return {
    ...state,
    open: (item) => setState({ item, opened: true }),
    close: () => setState((s) => ({ ...s, opened: false })),
  };
}
