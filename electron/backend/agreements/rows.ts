/**
 * Agreements as the register lists them: one query shape shared by the register, the dashboard,
 * the session's follow-up, reminders and the matrix, so every screen shows the same row.
 */
import { sql } from 'kysely';
import type { AgreementRow } from '../../../shared/domain/agreements';
import { type AgreementStatus, isOverdue } from '../../../shared/rules/agreementStatus';
import { groupBy } from '../../../shared/rules/groupBy';
import { type SessionKindName, sessionTitle } from '../../../shared/rules/sessionTitle';
import type { Db } from '../db/types';
import { listResponsibles } from './repository';

export const SECRETARIAT = 'Secretaría Técnica';

/** The agreement joined to its session; callers add their own where, order and limit. */
export const agreementRowsQuery = (db: Db) =>
  db
    .selectFrom('agreement as a')
    .innerJoin('session as s', 's.id', 'a.session_id')
    .select([
      'a.id',
      'a.number_text',
      'a.year',
      'a.number',
      'a.text',
      'a.session_id',
      'a.secretariat_responsible',
      'a.deadline',
      'a.status',
      'a.progress',
      'a.last_report_on',
      'a.verification',
      'a.observations',
      'a.reminders_silenced',
      's.kind as session_kind',
      's.number as session_number',
      's.year as session_year',
      's.date as session_date',
      sql<number>`EXISTS (SELECT 1 FROM agreement_verification_file f WHERE f.agreement_id = a.id)`.as('has_file'),
    ]);

type RawRow = Awaited<ReturnType<ReturnType<typeof agreementRowsQuery>['execute']>>[number];

/** Adds the responsibles and the derived overdue flag. */
export async function toAgreementRows(db: Db, rows: RawRow[], today: string): Promise<AgreementRow[]> {
  const responsibles = await listResponsibles(db, rows.map((r) => r.id));
  const byAgreement = groupBy(responsibles, (r) => r.agreement_id);
  return rows.map((row) => {
    const mine = byAgreement.get(row.id) ?? [];
    const secretariat = row.secretariat_responsible === 1;
    const status = row.status as AgreementStatus;
    return {
      id: row.id,
      numberText: row.number_text,
      year: row.year,
      number: row.number,
      text: row.text,
      sessionId: row.session_id,
      sessionTitle: sessionTitle(row.session_kind as SessionKindName, row.session_number, row.session_year, row.session_date),
      sessionDate: row.session_date,
      responsibleNames: [...mine.map((r) => r.name), ...(secretariat ? [SECRETARIAT] : [])],
      responsibleIds: mine.map((r) => r.institution_id),
      secretariatResponsible: secretariat,
      deadline: row.deadline,
      status,
      overdue: isOverdue(status, row.deadline, today),
      progress: row.progress,
      lastReportOn: row.last_report_on,
      verification: row.verification,
      hasVerificationFile: Number(row.has_file) === 1,
      observations: row.observations,
      remindersSilenced: row.reminders_silenced === 1,
    };
  });
}
