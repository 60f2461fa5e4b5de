/**
 * Which rows of a table are ticked. The header's box ticks `headerIds` (e.g. only the rows still
 * pending, so rows already done are not redone by accident); any row can be ticked by itself.
 */
import { useState } from 'react';

export function useSelection(headerIds: readonly number[]) {
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const all = headerIds.length > 0 && headerIds.every((id) => ticked.has(id));
  return {
    has: (id: number) => ticked.has(id),
    all,
    some: ticked.size > 0,
    toggle: (id: number) =>
      setTicked((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    toggleAll: () => setTicked((current) => (all ? new Set() : new Set([...current, ...headerIds]))),
    clear: () => setTicked(new Set()),
  };
}
