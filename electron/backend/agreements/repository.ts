/**
 * Agreements and their responsible institutions, the follow-up log, verification files, reminder
 * letters, and the agreement an instrument cites as its approval. Lists of agreements as the
 * register shows them are in queries.ts.
 */
import type { Insertable, Updateable } from 'kysely';
import { AppError } from '../../../shared/result';
import type {
  AgreementFollowUpTable,
  AgreementTable,
  AgreementVerificationFileTable,
  ReminderLetterTable,
} from '../db/schema';
import type { Db } from '../db/types';

export const findAgreement = (db: Db, id: number) => db.selectFrom('agreement').selectAll().where('id', '=', id).executeTakeFirst();

export async function requireAgreement(db: Db, id: number) {
  const row = await findAgreement(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'agreements.notFound');
  return row;
}

/** Those of `ids` that are agreements. */
export const findAgreementIds = (db: Db, ids: readonly number[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.selectFrom('agreement').select('id').where('id', 'in', [...ids]).execute();

export const listAgreementsOfSession = (db: Db, sessionId: number) =>
  db.selectFrom('agreement').selectAll().where('session_id', '=', sessionId).orderBy('number').execute();

/** Responsible institutions of the given agreements, in the order they were named. */
export const listResponsibles = (db: Db, agreementIds: number[]) =>
  agreementIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('agreement_responsible')
        .innerJoin('institution', 'institution.id', 'agreement_responsible.institution_id')
        .select(['agreement_responsible.agreement_id', 'agreement_responsible.institution_id', 'institution.name'])
        .where('agreement_responsible.agreement_id', 'in', agreementIds)
        .orderBy('agreement_responsible.position')
        .execute();

export async function insertAgreement(db: Db, row: Insertable<AgreementTable>): Promise<number> {
  const { id } = await db.insertInto('agreement').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateAgreement(db: Db, id: number, changes: Updateable<AgreementTable>): Promise<void> {
  await db.updateTable('agreement').set(changes).where('id', '=', id).execute();
}

export async function deleteAgreement(db: Db, id: number): Promise<void> {
  await db.deleteFrom('agreement').where('id', '=', id).execute();
}

export async function replaceResponsibles(db: Db, agreementId: number, institutionIds: number[]): Promise<void> {
  await db.deleteFrom('agreement_responsible').where('agreement_id', '=', agreementId).execute();
  if (institutionIds.length > 0) {
    await db
      .insertInto('agreement_responsible')
      .values(institutionIds.map((institution_id, position) => ({ agreement_id: agreementId, institution_id, position })))
      .execute();
  }
}

/** The agreement with the session it was adopted in, as an approved plan or protocol cites it. */
export const findApprovingAgreement = (db: Db, id: number) =>
  db
    .selectFrom('agreement')
    .innerJoin('session', 'session.id', 'agreement.session_id')
    .select(['agreement.id', 'agreement.number_text', 'session.id as session_id', 'session.kind', 'session.number', 'session.year', 'session.date'])
    .where('agreement.id', '=', id)
    .executeTakeFirst();

// Follow-up log: append-only, but for the latest entry while its session's acta is a draft.

export async function insertFollowUp(db: Db, row: Insertable<AgreementFollowUpTable>): Promise<void> {
  await db.insertInto('agreement_follow_up').values(row).execute();
}

export const findFollowUp = (db: Db, id: number) =>
  db.selectFrom('agreement_follow_up').select(['id', 'agreement_id', 'session_id']).where('id', '=', id).executeTakeFirst();

export async function deleteFollowUp(db: Db, id: number): Promise<void> {
  await db.deleteFrom('agreement_follow_up').where('id', '=', id).execute();
}

export const hasFollowUp = async (db: Db, agreementId: number): Promise<boolean> =>
  (await db.selectFrom('agreement_follow_up').select('id').where('agreement_id', '=', agreementId).executeTakeFirst()) !== undefined;

/** The agreement's newest report: what its status and progress are. */
export const findLatestFollowUp = (db: Db, agreementId: number) =>
  db
    .selectFrom('agreement_follow_up')
    .select(['status', 'progress', 'reported_on'])
    .where('agreement_id', '=', agreementId)
    .orderBy('reported_on', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();

/** Entries of the given agreements (or of one session) with who reported and where, oldest first per agreement. */
export function listFollowUps(db: Db, scope: { agreementIds: number[] } | { sessionId: number }) {
  let query = db
    .selectFrom('agreement_follow_up as f')
    .leftJoin('institution as i', 'i.id', 'f.institution_id')
    .leftJoin('session as s', 's.id', 'f.session_id')
    .select([
      'f.id',
      'f.agreement_id',
      'f.reported_on',
      'f.institution_id',
      'i.name as institution_name',
      'f.session_id',
      's.kind as session_kind',
      's.number as session_number',
      's.year as session_year',
      's.date as session_date',
      's.acta_status',
      'f.text',
      'f.status',
      'f.progress',
      'f.evidence_name',
    ]);
  if ('sessionId' in scope) query = query.where('f.session_id', '=', scope.sessionId);
  else if (scope.agreementIds.length === 0) return Promise.resolve([]);
  else query = query.where('f.agreement_id', 'in', scope.agreementIds);
  return query.orderBy('f.agreement_id').orderBy('f.reported_on').orderBy('f.id').execute();
}

/** For each entry, the status and progress it replaced. */
export async function previousEntries(db: Db, ids: number[]): Promise<Map<number, Pick<AgreementFollowUpTable, 'status' | 'progress'>>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('agreement_follow_up as f')
    .innerJoin('agreement_follow_up as p', 'p.agreement_id', 'f.agreement_id')
    .select(['f.id', 'p.status', 'p.progress', 'p.reported_on', 'p.id as previous_id'])
    .where('f.id', 'in', ids)
    .where((eb) => eb.or([eb('p.reported_on', '<', eb.ref('f.reported_on')), eb.and([eb('p.reported_on', '=', eb.ref('f.reported_on')), eb('p.id', '<', eb.ref('f.id'))])]))
    .orderBy('p.reported_on')
    .orderBy('p.id')
    .execute();
  // Ordered oldest first, so the last one kept per entry is the one just before it.
  return new Map(rows.map((r) => [r.id, { status: r.status, progress: r.progress }]));
}

/** The newest entry of each agreement: the only one that may be taken back. */
export async function latestEntryIds(db: Db, agreementIds: number[]): Promise<Set<number>> {
  if (agreementIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('agreement_follow_up as f')
    .select('f.id')
    .where('f.agreement_id', 'in', agreementIds)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('agreement_follow_up as n')
            .select('n.id')
            .whereRef('n.agreement_id', '=', 'f.agreement_id')
            .where((eb) => eb.or([eb('n.reported_on', '>', eb.ref('f.reported_on')), eb.and([eb('n.reported_on', '=', eb.ref('f.reported_on')), eb('n.id', '>', eb.ref('f.id'))])])),
        ),
      ),
    )
    .execute();
  return new Set(rows.map((r) => r.id));
}

export const findFollowUpEvidence = (db: Db, id: number) =>
  db
    .selectFrom('agreement_follow_up')
    .select(['evidence_name as name', 'evidence_type as type', 'evidence_data as data'])
    .where('id', '=', id)
    .executeTakeFirst();

// Verification file: one per agreement, replaced by a new upload.

export async function saveVerificationFile(db: Db, row: AgreementVerificationFileTable): Promise<void> {
  const { agreement_id: _agreementId, ...changes } = row;
  await db
    .insertInto('agreement_verification_file')
    .values(row)
    .onConflict((oc) => oc.column('agreement_id').doUpdateSet(changes))
    .execute();
}

export async function deleteVerificationFile(db: Db, agreementId: number): Promise<void> {
  await db.deleteFrom('agreement_verification_file').where('agreement_id', '=', agreementId).execute();
}

export const findVerificationFile = (db: Db, agreementId: number) =>
  db
    .selectFrom('agreement_verification_file')
    .select(['file_name as name', 'mime_type as type', 'data'])
    .where('agreement_id', '=', agreementId)
    .executeTakeFirst();

export const findVerificationFileName = (db: Db, agreementId: number) =>
  db.selectFrom('agreement_verification_file').select('file_name').where('agreement_id', '=', agreementId).executeTakeFirst();

// Reminder letters: kept as issued.

export async function insertReminderLetter(db: Db, row: Insertable<ReminderLetterTable>): Promise<number> {
  const { id } = await db.insertInto('reminder_letter').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Issued letters, newest first; of one institution or of all, or the one with `id`. */
export function listReminderLetters(db: Db, scope: { institutionId: number | null; id?: number }) {
  let query = db
    .selectFrom('reminder_letter as l')
    .innerJoin('institution as i', 'i.id', 'l.institution_id')
    .select(['l.id', 'l.institution_id', 'i.name', 'l.number_text', 'l.issued_on', 'l.content']);
  if (scope.institutionId !== null) query = query.where('l.institution_id', '=', scope.institutionId);
  if (scope.id !== undefined) query = query.where('l.id', '=', scope.id);
  return query.orderBy('l.issued_on', 'desc').orderBy('l.id', 'desc').execute();
}

export const findReminderLetter = (db: Db, id: number) =>
  db.selectFrom('reminder_letter').select(['content', 'issued_on']).where('id', '=', id).executeTakeFirst();
