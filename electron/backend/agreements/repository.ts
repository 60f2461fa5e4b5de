/** Agreements and their responsible institutions. */
import type { Insertable, Updateable } from 'kysely';
import { AppError } from '../../../shared/result';
import type { AgreementTable } from '../db/schema';
import type { Db } from '../db/types';

export const findAgreement = (db: Db, id: number) => db.selectFrom('agreement').selectAll().where('id', '=', id).executeTakeFirst();

export async function requireAgreement(db: Db, id: number) {
  const row = await findAgreement(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'agreements.notFound');
  return row;
}

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
