/** Each agenda item's number as the documents print it: "3", or "6.1" within the orden del día. */
import { type AgendaKind, groupAgenda } from '../../../../../shared/rules/agenda';

export function agendaNumbers<T extends { id: number; kind: AgendaKind }>(items: readonly T[]): Map<number, string> {
  const numbers = new Map<number, string>();
  for (const group of groupAgenda(items)) {
    if (group.type === 'single') numbers.set(group.item.id, group.number);
    else for (const { number, item } of group.items) numbers.set(item.id, number);
  }
  return numbers;
}

/** As the documents print it: "6." for an item, "6.1" for a sub-item of the orden del día. */
export const printedNumber = (number: string): string => (number.includes('.') ? number : `${number}.`);
