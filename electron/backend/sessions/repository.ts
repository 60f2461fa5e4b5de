/** Queries for sessions and everything recorded in them. Plain functions over a db or a transaction. */
import type { Insertable, Updateable } from 'kysely';
import type { ActaErratumTable, AgendaItemTable, GuestTable, SessionTable, SignedActaTable } from '../db/schema';
import type { Db } from '../db/types';
import type { AttendanceStatus } from '../../../shared/rules/quorum';

export const findSession = (db: Db, id: number) => db.selectFrom('session').selectAll().where('id', '=', id).executeTakeFirst();

export const findSessions = (db: Db, ids: number[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.selectFrom('session').selectAll().where('id', 'in', ids).execute();

/** The latest session held before `session` (by date, then by the hour of its first call). */
export const findPreviousSession = (db: Db, session: { date: string; first_call_time: string }) =>
  db
    .selectFrom('session')
    .selectAll()
    .where((eb) =>
      eb.or([eb('date', '<', session.date), eb.and([eb('date', '=', session.date), eb('first_call_time', '<', session.first_call_time)])]),
    )
    .orderBy('date', 'desc')
    .orderBy('first_call_time', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();

export function listSessions(db: Db, filter: { year: number | null; kind: SessionTable['kind'] | null }) {
  let query = db.selectFrom('session').selectAll();
  if (filter.year !== null) query = query.where('year', '=', filter.year);
  if (filter.kind !== null) query = query.where('kind', '=', filter.kind);
  return query.orderBy('date', 'desc').orderBy('first_call_time', 'desc').orderBy('id', 'desc').execute();
}

export async function insertSession(db: Db, row: Insertable<SessionTable>): Promise<number> {
  const { id } = await db.insertInto('session').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateSession(db: Db, id: number, changes: Updateable<SessionTable>): Promise<void> {
  await db.updateTable('session').set(changes).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, id: number): Promise<void> {
  await db.deleteFrom('session').where('id', '=', id).execute();
}

/** The date of the first session after `date`, if one is planned. */
export async function findNextSessionDate(db: Db, date: string): Promise<string | null> {
  const row = await db.selectFrom('session').select('date').where('date', '>', date).orderBy('date').limit(1).executeTakeFirst();
  return row?.date ?? null;
}

/** Per-session counts for the list: present institutions, agreements, deliveries still missing. */
export async function sessionCounts(db: Db) {
  const [present, agreements, missing] = await Promise.all([
    db
      .selectFrom('attendance')
      .select(['session_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', 'in', ['titular', 'alterno'])
      .groupBy('session_id')
      .execute(),
    db.selectFrom('agreement').select(['session_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('session_id').execute(),
    db
      .selectFrom('addressee')
      .innerJoin('session', 'session.id', 'addressee.session_id')
      .select(['addressee.session_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('addressee.delivered_on', 'is', null)
      .where('session.convocation_number_text', 'is not', null)
      .groupBy('addressee.session_id')
      .execute(),
  ]);
  const toMap = (rows: { session_id: number; n: number }[]) => new Map(rows.map((r) => [r.session_id, Number(r.n)]));
  return { present: toMap(present), agreements: toMap(agreements), missingDeliveries: toMap(missing) };
}

// What was adopted and reported in a session: while any of it exists, the session keeps its date,
// its follow-up item and its record.

export const countAgreementsOfSession = async (db: Db, sessionId: number): Promise<number> => {
  const row = await db
    .selectFrom('agreement')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('session_id', '=', sessionId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
};

export const countAgreementsOfItem = async (db: Db, agendaItemId: number): Promise<number> => {
  const row = await db
    .selectFrom('agreement')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('agenda_item_id', '=', agendaItemId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
};

/** An agreement of the session due before `date`, if any: the session cannot move past it. */
export const findAgreementDueBefore = (db: Db, sessionId: number, date: string) =>
  db.selectFrom('agreement').select('id').where('session_id', '=', sessionId).where('deadline', '<', date).executeTakeFirst();

/** How many follow-up reports were given in the session: they tie its date, its follow-up item and its quorum. */
export async function countReportsOfSession(db: Db, sessionId: number): Promise<number> {
  const row = await db
    .selectFrom('agreement_follow_up')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('session_id', '=', sessionId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// Roster: the member institutions on the session's date.

export const rosterOn = (db: Db, date: string) =>
  db
    .selectFrom('institution')
    .select(['id', 'name', 'acronym', 'has_vote'])
    .where('active_from', '<=', date)
    .where((eb) => eb.or([eb('active_to', 'is', null), eb('active_to', '>=', date)]))
    .orderBy('has_vote', 'desc')
    .orderBy('name_key')
    .execute();

/** Titulares and alternos accredited on `date`, one of each per institution at most. */
export const representativesOn = (db: Db, date: string) =>
  db
    .selectFrom('representative')
    .select(['institution_id', 'role', 'full_name', 'post', 'dni'])
    .where('valid_from', '<=', date)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)]))
    .execute();

export const listAttendance = (db: Db, sessionId: number) =>
  db
    .selectFrom('attendance')
    .innerJoin('institution', 'institution.id', 'attendance.institution_id')
    .select([
      'attendance.institution_id',
      'attendance.has_vote',
      'attendance.status',
      'attendance.attendee_name',
      'attendance.attendee_post',
      'attendance.arrival_time',
      'institution.name',
      'institution.acronym',
    ])
    .where('attendance.session_id', '=', sessionId)
    .execute();

export async function upsertAttendance(
  db: Db,
  row: { session_id: number; institution_id: number; has_vote: number; status: AttendanceStatus; attendee_name: string; attendee_post: string; arrival_time: string | null },
): Promise<void> {
  const { session_id: _s, institution_id: _i, has_vote: _v, ...changes } = row;
  await db
    .insertInto('attendance')
    .values(row)
    .onConflict((oc) => oc.columns(['session_id', 'institution_id']).doUpdateSet(changes))
    .execute();
}

/** Drops attendance of institutions that are no longer on the roster after a change of date. */
export async function pruneAttendance(db: Db, sessionId: number, keepIds: number[]): Promise<void> {
  let query = db.deleteFrom('attendance').where('session_id', '=', sessionId);
  if (keepIds.length > 0) query = query.where('institution_id', 'not in', keepIds);
  await query.execute();
}

// Guests

export const listGuests = (db: Db, sessionId: number) =>
  db.selectFrom('guest').selectAll().where('session_id', '=', sessionId).orderBy('id').execute();

export const findGuest = (db: Db, id: number) => db.selectFrom('guest').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertGuest(db: Db, row: Insertable<GuestTable>): Promise<void> {
  await db.insertInto('guest').values(row).execute();
}

export async function updateGuest(db: Db, id: number, changes: Updateable<GuestTable>): Promise<void> {
  await db.updateTable('guest').set(changes).where('id', '=', id).execute();
}

export async function deleteGuest(db: Db, id: number): Promise<void> {
  await db.deleteFrom('guest').where('id', '=', id).execute();
}

// Addressees of the convocation

export const listAddressees = (db: Db, sessionId: number) =>
  db
    .selectFrom('addressee')
    .innerJoin('institution', 'institution.id', 'addressee.institution_id')
    .select(['addressee.institution_id', 'addressee.delivered_on', 'addressee.received_by', 'institution.name', 'institution.has_vote'])
    .where('addressee.session_id', '=', sessionId)
    .orderBy('institution.has_vote', 'desc')
    .orderBy('institution.name_key')
    .execute();

export async function replaceAddressees(db: Db, sessionId: number, institutionIds: number[]): Promise<void> {
  await db.deleteFrom('addressee').where('session_id', '=', sessionId).execute();
  if (institutionIds.length > 0) {
    await db
      .insertInto('addressee')
      .values(institutionIds.map((institution_id) => ({ session_id: sessionId, institution_id })))
      .execute();
  }
}

/** Records one delivery for each of `institutionIds`; returns how many of them are addressees. */
export async function updateDeliveries(
  db: Db,
  sessionId: number,
  institutionIds: readonly number[],
  delivery: { delivered_on: string | null; received_by: string },
): Promise<number> {
  const result = await db
    .updateTable('addressee')
    .set(delivery)
    .where('session_id', '=', sessionId)
    .where('institution_id', 'in', institutionIds)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

// Agenda

export const listAgenda = (db: Db, sessionId: number) =>
  db
    .selectFrom('agenda_item')
    .leftJoin('institution', 'institution.id', 'agenda_item.presenter_institution_id')
    .selectAll('agenda_item')
    .select('institution.name as presenter_name')
    .where('agenda_item.session_id', '=', sessionId)
    .orderBy('agenda_item.position')
    .execute();

export const findAgendaItem = (db: Db, id: number) =>
  db.selectFrom('agenda_item').selectAll().where('id', '=', id).executeTakeFirst();

/** A "seguimiento de acuerdos" item of the session, other than `exceptId` when given. */
export function findFollowUpItem(db: Db, sessionId: number, exceptId: number | null = null) {
  let query = db.selectFrom('agenda_item').select('id').where('session_id', '=', sessionId).where('kind', '=', 'seguimiento_acuerdos');
  if (exceptId !== null) query = query.where('id', '<>', exceptId);
  return query.executeTakeFirst();
}

export async function insertAgendaItems(db: Db, rows: Insertable<AgendaItemTable>[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await db.insertInto('agenda_item').values(rows).returning('id').execute();
  return inserted.map((r) => r.id);
}

export async function updateAgendaItem(db: Db, id: number, changes: Updateable<AgendaItemTable>): Promise<void> {
  await db.updateTable('agenda_item').set(changes).where('id', '=', id).execute();
}

export async function deleteAgendaItem(db: Db, id: number): Promise<void> {
  await db.deleteFrom('agenda_item').where('id', '=', id).execute();
}

// Lifecycle

export const listErrata = (db: Db, sessionId: number) =>
  db.selectFrom('acta_erratum').selectAll().where('session_id', '=', sessionId).orderBy('recorded_on').orderBy('id').execute();

export async function insertErratum(db: Db, row: Insertable<ActaErratumTable>): Promise<void> {
  await db.insertInto('acta_erratum').values(row).execute();
}

export const findSignedActa = (db: Db, sessionId: number) =>
  db.selectFrom('signed_acta').selectAll().where('session_id', '=', sessionId).executeTakeFirst();

export async function insertSignedActa(db: Db, row: SignedActaTable): Promise<void> {
  await db.insertInto('signed_acta').values(row).execute();
}

export const listSignedActaInfo = (db: Db) =>
  db.selectFrom('signed_acta').select(['session_id', 'file_name', 'mime_type', 'uploaded_at']).execute();

export const findSignedActaInfo = (db: Db, sessionId: number) =>
  db.selectFrom('signed_acta').select(['file_name', 'mime_type', 'uploaded_at']).where('session_id', '=', sessionId).executeTakeFirst();

/** Sessions whose acta was approved in `sessionId`. */
export const listApprovedIn = (db: Db, sessionId: number) =>
  db.selectFrom('session').selectAll().where('approved_in_session_id', '=', sessionId).orderBy('date').execute();

/** Earlier sessions whose acta still waits for approval. */
export const listPendingBefore = (db: Db, date: string) =>
  db.selectFrom('session').selectAll().where('acta_status', '=', 'borrador').where('date', '<', date).orderBy('date').execute();
