import type { Selectable } from 'kysely';
import type { DefaultAgendaItemTable, LetterheadLogoTable, NumberingPatternTable, TaskforceTable } from '../db/schema';
import type { Db } from '../db/types';

export const findTaskforce = (db: Db) => db.selectFrom('taskforce').selectAll().where('id', '=', 1).executeTakeFirst();

export async function upsertTaskforce(db: Db, row: Omit<TaskforceTable, 'id'>): Promise<void> {
  await db
    .insertInto('taskforce')
    .values({ id: 1, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
}

export const listNumbering = (db: Db) => db.selectFrom('numbering_pattern').selectAll().orderBy('doc_type').execute();

export const findNumberingPattern = (db: Db, docType: NumberingPatternTable['doc_type']) =>
  db.selectFrom('numbering_pattern').select('pattern').where('doc_type', '=', docType).executeTakeFirst();

export async function replaceNumbering(db: Db, rows: NumberingPatternTable[]): Promise<void> {
  await db.deleteFrom('numbering_pattern').execute();
  if (rows.length > 0) await db.insertInto('numbering_pattern').values(rows).execute();
}

export const listYearNames = (db: Db) => db.selectFrom('year_name').selectAll().orderBy('year').execute();

export async function replaceYearNames(
  db: Db,
  rows: { year: number; name: string; valid_from: string; valid_to: string | null }[],
): Promise<void> {
  await db.deleteFrom('year_name').execute();
  if (rows.length > 0) await db.insertInto('year_name').values(rows).execute();
}

/** The logo version in force on `date`: the one that started latest, on or before it. */
export const findLogoOn = (db: Db, date: string) =>
  db.selectFrom('letterhead_logo').selectAll().where('valid_from', '<=', date).orderBy('valid_from', 'desc').limit(1).executeTakeFirst();

export const findLatestLogo = (db: Db) =>
  db.selectFrom('letterhead_logo').selectAll().orderBy('valid_from', 'desc').limit(1).executeTakeFirst();

export async function saveLogoVersion(db: Db, row: Selectable<LetterheadLogoTable>): Promise<void> {
  const { valid_from: _validFrom, ...changes } = row;
  await db
    .insertInto('letterhead_logo')
    .values(row)
    .onConflict((oc) => oc.column('valid_from').doUpdateSet(changes))
    .execute();
}

export async function deleteLogoVersion(db: Db, validFrom: string): Promise<void> {
  await db.deleteFrom('letterhead_logo').where('valid_from', '=', validFrom).execute();
}

export const listDefaultAgenda = (db: Db) => db.selectFrom('default_agenda_item').selectAll().orderBy('position').execute();

export async function replaceDefaultAgenda(db: Db, rows: DefaultAgendaItemTable[]): Promise<void> {
  await db.deleteFrom('default_agenda_item').execute();
  if (rows.length > 0) await db.insertInto('default_agenda_item').values(rows).execute();
}
