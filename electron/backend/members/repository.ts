import { type Insertable, sql, type Updateable } from 'kysely';
import type { InstitutionTable, RepresentativeTable } from '../db/schema';
import type { Db } from '../db/types';

export interface InstitutionQuery {
  /** Matched against the folded name and the acronym. */
  searchKey: string;
  category: InstitutionTable['category'] | null;
  inNetwork: boolean | null;
  status: 'active' | 'inactive' | 'all';
  today: string;
}

export function listInstitutions(db: Db, q: InstitutionQuery) {
  let query = db.selectFrom('institution').selectAll();
  if (q.searchKey !== '') {
    const like = `%${q.searchKey.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(sql<boolean>`(name_key LIKE ${like} ESCAPE '\\' OR lower(acronym) LIKE ${like} ESCAPE '\\')`);
  }
  if (q.category !== null) query = query.where('category', '=', q.category);
  if (q.inNetwork !== null) query = query.where('in_network', '=', q.inNetwork ? 1 : 0);
  if (q.status === 'active') query = query.where('active_from', '<=', q.today).where((eb) => eb.or([eb('active_to', 'is', null), eb('active_to', '>=', q.today)]));
  if (q.status === 'inactive') query = query.where((eb) => eb.or([eb('active_from', '>', q.today), eb('active_to', '<', q.today)]));
  return query.orderBy('name_key').execute();
}

export const findInstitution = (db: Db, id: number) =>
  db.selectFrom('institution').selectAll().where('id', '=', id).executeTakeFirst();

/** Those of `ids` that are institutions. */
export const findInstitutionIds = (db: Db, ids: readonly number[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.selectFrom('institution').select('id').where('id', 'in', [...ids]).execute();

export const findInstitutionByKey = (db: Db, key: string) =>
  db.selectFrom('institution').select(['id', 'name']).where('name_key', '=', key).executeTakeFirst();

export async function insertInstitution(db: Db, row: Insertable<InstitutionTable>): Promise<number> {
  const result = await db.insertInto('institution').values(row).returning('id').executeTakeFirstOrThrow();
  return result.id;
}

export async function updateInstitution(db: Db, id: number, changes: Updateable<InstitutionTable>): Promise<void> {
  await db.updateTable('institution').set(changes).where('id', '=', id).execute();
}

export async function deleteInstitution(db: Db, id: number): Promise<void> {
  await db.deleteFrom('institution').where('id', '=', id).execute();
}

/** Whether any record points at the institution: representatives, sessions, agreements, the plan or the protocol. */
export async function isInstitutionReferenced(db: Db, id: number): Promise<boolean> {
  const row = await db
    .selectFrom('representative')
    .select('institution_id')
    .where('institution_id', '=', id)
    .union(db.selectFrom('attendance').select('institution_id').where('institution_id', '=', id))
    .union(db.selectFrom('addressee').select('institution_id').where('institution_id', '=', id))
    .union(db.selectFrom('agreement_responsible').select('institution_id').where('institution_id', '=', id))
    .union(db.selectFrom('plan_activity').select('lead_institution_id as institution_id').where('lead_institution_id', '=', id))
    .union(db.selectFrom('plan_activity_institution').select('institution_id').where('institution_id', '=', id))
    .union(db.selectFrom('protocol_function').select('institution_id').where('institution_id', '=', id))
    .union(db.selectFrom('protocol_route_step').select('institution_id').where('institution_id', '=', id))
    .union(
      db
        .selectFrom('agreement_follow_up')
        .select((eb) => eb.fn.coalesce('institution_id', eb.lit(0)).as('institution_id'))
        .where('institution_id', '=', id),
    )
    .union(db.selectFrom('reminder_letter').select('institution_id').where('institution_id', '=', id))
    .union(
      db
        .selectFrom('agenda_item')
        .select((eb) => eb.fn.coalesce('presenter_institution_id', eb.lit(0)).as('institution_id'))
        .where('presenter_institution_id', '=', id),
    )
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export const listRepresentatives = (db: Db, institutionId: number) =>
  db
    .selectFrom('representative')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .orderBy('role', 'desc')
    .orderBy('valid_from', 'desc')
    .execute();

/** The representatives in force on `today`, for the list's titular and alterno columns. */
export const listCurrentRepresentatives = (db: Db, today: string) =>
  db
    .selectFrom('representative')
    .select(['institution_id', 'role', 'full_name'])
    .where('valid_from', '<=', today)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', today)]))
    .execute();

export const findRepresentative = (db: Db, id: number) =>
  db.selectFrom('representative').selectAll().where('id', '=', id).executeTakeFirst();

/** Same institution and role, other than `exceptId`: candidates for an overlapping period. */
export const listSameRole = (db: Db, institutionId: number, role: RepresentativeTable['role'], exceptId: number | null) =>
  db
    .selectFrom('representative')
    .select(['id', 'valid_from', 'valid_to'])
    .where('institution_id', '=', institutionId)
    .where('role', '=', role)
    .where('id', '!=', exceptId ?? -1)
    .execute();

export async function insertRepresentative(db: Db, row: Insertable<RepresentativeTable>): Promise<number> {
  const result = await db.insertInto('representative').values(row).returning('id').executeTakeFirstOrThrow();
  return result.id;
}

export async function updateRepresentative(db: Db, id: number, changes: Updateable<RepresentativeTable>): Promise<void> {
  await db.updateTable('representative').set(changes).where('id', '=', id).execute();
}

/** Ends every representative of the institution still in force after `date`. */
export async function endRepresentatives(db: Db, institutionId: number, date: string, now: string): Promise<void> {
  await db
    .updateTable('representative')
    .set({ valid_to: date, updated_at: now })
    .where('institution_id', '=', institutionId)
    .where('valid_from', '<=', date)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', date)]))
    .execute();
}

export const countByCategory = (db: Db, today: string) =>
  db
    .selectFrom('institution')
    .select((eb) => ['category', 'has_vote', 'in_network', eb.fn.countAll<number>().as('n')])
    .where('active_from', '<=', today)
    .where((eb) => eb.or([eb('active_to', 'is', null), eb('active_to', '>=', today)]))
    .groupBy(['category', 'has_vote', 'in_network'])
    .execute();
