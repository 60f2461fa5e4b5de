/**
 * Agenda items as the documents number them. Items of the "orden del día" (including the follow-up
 * of agreements) that come one after another are grouped under one numbered heading with
 * sub-items (6.1, 6.2); every other item is numbered on its own.
 */

export const AGENDA_KINDS = [
  'quorum',
  'aprobacion_acta',
  'despacho',
  'informes',
  'pedidos',
  'orden_del_dia',
  'seguimiento_acuerdos',
  'otros',
] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

const ORDER_OF_DAY: ReadonlySet<AgendaKind> = new Set(['orden_del_dia', 'seguimiento_acuerdos']);

export interface NumberedAgendaItem<T> {
  /** "3" or "6.1". */
  number: string;
  item: T;
}

export type AgendaGroup<T> =
  | { type: 'single'; number: string; item: T }
  | { type: 'orderOfDay'; number: string; items: NumberedAgendaItem<T>[] };

export function groupAgenda<T extends { kind: AgendaKind }>(items: readonly T[]): AgendaGroup<T>[] {
  const groups: AgendaGroup<T>[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (ORDER_OF_DAY.has(item.kind)) {
      if (last?.type === 'orderOfDay') {
        last.items.push({ number: `${last.number}.${last.items.length + 1}`, item });
      } else {
        const number = String(groups.length + 1);
        groups.push({ type: 'orderOfDay', number, items: [{ number: `${number}.1`, item }] });
      }
    } else {
      groups.push({ type: 'single', number: String(groups.length + 1), item });
    }
  }
  return groups;
}

/** The standing items a new session starts with, unless the instancia set its own. */
export const DEFAULT_AGENDA: ReadonlyArray<{ title: string; kind: AgendaKind }> = [
  { title: 'Verificación del quórum', kind: 'quorum' },
  { title: 'Lectura y aprobación del acta de la sesión anterior', kind: 'aprobacion_acta' },
  { title: 'Despacho', kind: 'despacho' },
  { title: 'Informes', kind: 'informes' },
  { title: 'Pedidos', kind: 'pedidos' },
  { title: 'Seguimiento de acuerdos', kind: 'seguimiento_acuerdos' },
];
