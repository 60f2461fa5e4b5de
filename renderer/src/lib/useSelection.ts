/** Which rows of a table are ticked, with "all" and "some" for the header's checkbox. */
import { useState } from 'react';

export function useSelection(ids: readonly number[]) {
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  // Rows that left the table no longer count as ticked.
  const chosen = ids.filter((id) => ticked.has(id));
  const all = ids.length > 0 && chosen.length === ids.length;
  return {
    has: (id: number) => ticked.has(id),
    all,
    some: chosen.length > 0,
    toggle: (id: number) =>
      setTicked((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    toggleAll: () => setTicked(all ? new Set() : new Set(ids)),
    clear: () => setTicked(new Set()),
  };
}
