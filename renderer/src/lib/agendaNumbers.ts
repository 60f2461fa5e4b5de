/** Each agenda item's number as the documents print it: "3", or "6.1" within the orden del día. */
import { type AgendaKind, numberAgenda } from '../../../shared/rules/agenda';

export function agendaNumbers<T extends { id: number; kind: AgendaKind }>(items: readonly T[]): Map<number, string> {
  return new Map(numberAgenda(items).map(({ number, item }) => [item.id, number]));
}

/** As the documents print it: "6." for an item, "6.1" for a sub-item of the orden del día. */
export const printedNumber = (number: string): string => (number.includes('.') ? number : `${number}.`);
