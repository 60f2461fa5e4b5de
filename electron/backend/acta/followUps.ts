/** The follow-up reports given in a session, as its acta prints them under "seguimiento de acuerdos". */
import { loadFollowUps } from '../agreements/record';
import { listAgreementRowsByIds } from '../agreements/queries';
import { toAgreementRows } from '../agreements/rows';
import type { ActaFollowUpData } from '../documents';
import { STATUS_LABELS } from '../documents';
import type { Db } from '../db/types';

export async function followUpsOfSession(db: Db, sessionId: number): Promise<ActaFollowUpData[]> {
  const reports = await loadFollowUps(db, { sessionId });
  if (reports.length === 0) return [];
  const raw = await listAgreementRowsByIds(db, [...new Set(reports.map((r) => r.agreementId))]);
  // The overdue flag is not printed here, so the day it is computed for does not matter.
  const agreements = new Map((await toAgreementRows(db, raw, '0000-01-01')).map((a) => [a.id, a]));
  return reports
    .map((report) => ({ report, agreement: agreements.get(report.agreementId)! }))
    .sort((x, y) => x.agreement.year - y.agreement.year || x.agreement.number - y.agreement.number || x.report.id - y.report.id)
    .map(({ report, agreement }) => ({
      numberText: agreement.numberText,
      agreementText: agreement.text,
      responsibles: agreement.responsibleNames,
      reporter: report.reporter,
      text: report.text,
      statusLabel: STATUS_LABELS[report.status],
      progress: report.progress,
    }));
}
