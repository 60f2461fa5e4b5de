/** Agreement rows as every list shows them (queries.ts reads them): with their responsibles, and overdue or not. */
import type { AgreementRow } from '../../../shared/domain/agreements';
import { isOverdue } from '../../../shared/rules/agreementStatus';
import { groupBy } from '../../../shared/rules/groupBy';
import { sessionTitle } from '../../../shared/rules/sessionTitle';
import type { Db } from '../db/types';
import type { AgreementRawRow } from './queries';
import { listResponsibles } from './repository';
import { SECRETARIAT } from './secretariat';

/** Adds the responsibles and the derived overdue flag. */
export async function toAgreementRows(db: Db, rows: AgreementRawRow[], today: string): Promise<AgreementRow[]> {
  const responsibles = await listResponsibles(db, rows.map((r) => r.id));
  const byAgreement = groupBy(responsibles, (r) => r.agreement_id);
  return rows.map((row) => {
    const mine = byAgreement.get(row.id) ?? [];
    const secretariat = row.secretariat_responsible === 1;
    return {
      id: row.id,
      numberText: row.number_text,
      year: row.year,
      number: row.number,
      text: row.text,
      sessionId: row.session_id,
      sessionTitle: sessionTitle(row.session_kind, row.session_number, row.session_year, row.session_date),
      sessionDate: row.session_date,
      responsibleNames: [...mine.map((r) => r.name), ...(secretariat ? [SECRETARIAT] : [])],
      responsibleIds: mine.map((r) => r.institution_id),
      secretariatResponsible: secretariat,
      deadline: row.deadline,
      status: row.status,
      overdue: isOverdue(row.status, row.deadline, today),
      progress: row.progress,
      lastReportOn: row.last_report_on,
      verification: row.verification,
      hasVerificationFile: Number(row.has_file) === 1,
      observations: row.observations,
      remindersSilenced: row.reminders_silenced === 1,
    };
  });
}
