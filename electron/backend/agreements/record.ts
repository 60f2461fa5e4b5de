/** One agreement in full: its register row, where it was adopted, and its follow-up timeline. */
import type { AgreementRecord, FollowUp } from '../../../shared/domain/agreements';
import { sessionTitle } from '../../../shared/rules/sessionTitle';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import type { Db } from '../db/types';
import { findAgreementRecordRow } from './queries';
import * as repo from './repository';
import { toAgreementRows } from './rows';
import { SECRETARIAT } from './secretariat';

/** Follow-up entries of the given agreements (or of one session), oldest first, with before/after values. */
export async function loadFollowUps(db: Db, scope: { agreementIds: number[] } | { sessionId: number }): Promise<FollowUp[]> {
  const rows = await repo.listFollowUps(db, scope);
  // The "before" of an entry is the entry before it in the same agreement's log.
  const previous = await repo.previousEntries(db, rows.map((r) => r.id));
  const latest = await repo.latestEntryIds(db, [...new Set(rows.map((r) => r.agreement_id))]);
  return rows.map((row) => {
    const before = previous.get(row.id);
    return {
      id: row.id,
      agreementId: row.agreement_id,
      reportedOn: row.reported_on,
      institutionId: row.institution_id,
      reporter: row.institution_name ?? SECRETARIAT,
      sessionId: row.session_id,
      sessionTitle:
        row.session_id === null ? null : sessionTitle(row.session_kind!, row.session_number, row.session_year!, row.session_date!),
      text: row.text,
      status: row.status,
      progress: row.progress,
      previousStatus: before?.status ?? 'pendiente',
      previousProgress: before?.progress ?? 0,
      evidenceName: row.evidence_name,
      removable: latest.has(row.id) && (row.acta_status === null || row.acta_status === 'borrador'),
    };
  });
}

export async function getAgreementRecord(ctx: ServiceContext, id: number): Promise<AgreementRecord> {
  const raw = await findAgreementRecordRow(ctx.db, id);
  if (!raw) throw new AppError('NOT_FOUND', 'agreements.notFound');
  const [[row], file, followUps] = await Promise.all([
    toAgreementRows(ctx.db, [raw], ctx.clock.today()),
    repo.findVerificationFileName(ctx.db, id),
    loadFollowUps(ctx.db, { agreementIds: [id] }),
  ]);
  return {
    ...row!,
    agendaItemTitle: raw.agenda_title,
    textLocked: raw.acta_status !== 'borrador',
    verificationFileName: file?.file_name ?? null,
    followUps,
  };
}
