/**
 * Agenda items as the documents number them. Items of the "orden del día" (including the follow-up
 * of agreements) that come one after another are grouped under one numbered heading with
 * sub-items (6.1, 6.2). A standing item of despacho, informes or pedidos heads the points of its
 * kind that follow it ("4. Informes", then "4.1", "4.2"); every other item is numbered on its own.
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

/** The stations of the session whose first item is the heading of the points of its kind. */
const SECTIONS: ReadonlySet<AgendaKind> = new Set(['despacho', 'informes', 'pedidos']);

/** Whether an item of kind `next` right after one of kind `previous` is numbered in the same group. */
function numberedWith(previous: AgendaKind, next: AgendaKind): boolean {
  return (ORDER_OF_DAY.has(previous) && ORDER_OF_DAY.has(next)) || (SECTIONS.has(next) && previous === next);
}

export interface NumberedAgendaItem<T> {
  /** "3" or "6.1". */
  number: string;
  item: T;
}

export type AgendaGroup<T> =
  /** `subItems`: the points under a standing despacho, informes or pedidos item; usually none. */
  | { type: 'single'; number: string; item: T; subItems: NumberedAgendaItem<T>[] }
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
    } else if (last?.type === 'single' && numberedWith(last.item.kind, item.kind)) {
      last.subItems.push({ number: `${last.number}.${last.subItems.length + 1}`, item });
    } else {
      groups.push({ type: 'single', number: String(groups.length + 1), item, subItems: [] });
    }
  }
  return groups;
}

/** Every item with its number ("3", "4.1", "6.2"), in agenda order. */
export function numberAgenda<T extends { kind: AgendaKind }>(items: readonly T[]): NumberedAgendaItem<T>[] {
  return groupAgenda(items).flatMap((group) =>
    group.type === 'single' ? [{ number: group.number, item: group.item }, ...group.subItems] : group.items,
  );
}

/**
 * Where a new item of `kind` goes so that it is numbered with its own: right after the last item it
 * groups with (a new informe after "4. Informes" and its points, a matter of the orden del día after
 * the last one), or at the end when there is none.
 */
export function insertionIndex(items: readonly { kind: AgendaKind }[], kind: AgendaKind): number {
  const last = items.findLastIndex((item) => numberedWith(item.kind, kind));
  return last === -1 ? items.length : last + 1;
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
