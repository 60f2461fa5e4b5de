/**
 * Writing the agenda's order: new points are placed where they are numbered with their own (a new
 * informe under "Informes", not after "Varios"), and every item takes the position of its place.
 */
import type { Insertable } from 'kysely';
import { type AgendaKind, insertionIndex } from '../../../shared/rules/agenda';
import type { AgendaItemTable } from '../db/schema';
import type { Db } from '../db/types';
import * as repo from './repository';

export type NewAgendaItem = Omit<Insertable<AgendaItemTable>, 'position'> & { kind: AgendaKind };

/** An item already on the agenda, with its stored position. */
export interface StoredItem {
  id: number;
  position: number;
  kind: AgendaKind;
}

/** An item already on the agenda or one to insert. */
export type PlannedItem = StoredItem | { row: NewAgendaItem; kind: AgendaKind };

export async function currentOrder(db: Db, sessionId: number): Promise<StoredItem[]> {
  return (await repo.listAgenda(db, sessionId)).map((i) => ({ id: i.id, position: i.position, kind: i.kind }));
}

/** `planned` with `row` put where it groups with its kind. */
export function placeNew(planned: readonly PlannedItem[], row: NewAgendaItem): PlannedItem[] {
  const index = insertionIndex(planned, row.kind);
  return [...planned.slice(0, index), { row, kind: row.kind }, ...planned.slice(index)];
}

/** Stores `planned` as the agenda's order: moves what changed place, inserts the new; returns the new ids. */
export async function saveOrder(db: Db, planned: readonly PlannedItem[], now: string): Promise<number[]> {
  const rows: Insertable<AgendaItemTable>[] = [];
  for (const [index, entry] of planned.entries()) {
    const position = index + 1;
    if ('row' in entry) rows.push({ ...entry.row, position });
    else if (entry.position !== position) await repo.updateAgendaItem(db, entry.id, { position, updated_at: now });
  }
  return repo.insertAgendaItems(db, rows);
}
