/**
 * Reporting on agreements. The log is append-only: a report becomes the agreement's status and
 * progress, the one before it stays in the timeline, and only the latest report may be taken back
 * (while its session's acta is a draft). Verification and observations go on after the acta locks.
 */
import type { AgreementRecord } from '../../../shared/domain/agreements';
import type { ExportedFile } from '../../../shared/domain/sessions';
import type { ParsedInput as In } from '../../../shared/contract';
import { shortDate } from '../../../shared/rules/spanish';
import { AppError, fieldError } from '../../../shared/result';
import { assertNotSensitive } from '../confidentiality/guard';
import type { ServiceContext } from '../context';
import { inTransaction } from '../db/transaction';
import { readEvidence } from '../files/evidence';
import { sniffEvidence } from '../files/fileType';
import { findInstitution } from '../members/repository';
import { assertDraft, requireSession } from '../sessions/guards';
import { findFollowUpItem } from '../sessions/repository';
import { loadRoster, quorumOf } from '../sessions/roster';
import { requireSettings } from '../taskforce/service';
import { getAgreementRecord } from './record';
import * as repo from './repository';

type FollowUpInput = In<'agreements.followUp'>;

/** Everything a report must satisfy before anything is written. */
async function checkReport(ctx: ServiceContext, input: FollowUpInput) {
  assertNotSensitive(input.text, input.acknowledgedSensitive, 'text');
  if (input.reportedOn > ctx.clock.today()) throw fieldError('VALIDATION', 'reportedOn', 'agreements.followUpInFuture');
  if (input.status === 'cumplido' && input.progress !== 100) throw fieldError('VALIDATION', 'progress', 'agreements.fulfilledNeedsFullProgress');
  const agreement = await repo.requireAgreement(ctx.db, input.agreementId);
  if (agreement.status === 'anulado') throw new AppError('CONFLICT', 'agreements.annulledIsFinal');
  const adoptedIn = await requireSession(ctx.db, agreement.session_id);
  if (input.reportedOn < adoptedIn.date) throw fieldError('VALIDATION', 'reportedOn', 'agreements.followUpBeforeAdoption');
  if (agreement.last_report_on !== null && input.reportedOn < agreement.last_report_on) {
    throw fieldError('VALIDATION', 'reportedOn', 'agreements.followUpBeforeLast', { date: shortDate(agreement.last_report_on) });
  }
  if (input.sessionId !== null) {
    const session = await requireSession(ctx.db, input.sessionId);
    if (session.id === adoptedIn.id || session.date < adoptedIn.date) throw fieldError('VALIDATION', 'sessionId', 'agreements.followUpSessionBeforeAdoption');
    if (session.date !== input.reportedOn) throw fieldError('VALIDATION', 'reportedOn', 'agreements.followUpDateNotSession');
    assertDraft(session);
    if (!(await findFollowUpItem(ctx.db, session.id))) throw fieldError('VALIDATION', 'sessionId', 'agreements.sessionWithoutFollowUpItem');
    // Without quorum the acta ends at its verification: a report given there would never be printed.
    const quorum = quorumOf(await loadRoster(ctx.db, session), await requireSettings(ctx), session.call);
    if (!quorum.met) throw fieldError('VALIDATION', 'sessionId', 'agreements.followUpNeedsQuorum', { missing: quorum.missing });
  }
  if (input.institutionId !== null) {
    if (!(await findInstitution(ctx.db, input.institutionId))) throw fieldError('VALIDATION', 'institutionId', 'members.institutionNotFound');
  }
}

export async function reportFollowUp(ctx: ServiceContext, input: FollowUpInput): Promise<AgreementRecord> {
  const evidence = input.evidence === null ? null : readEvidence(input.evidence, 'evidence', 'agreements.evidenceNotAccepted', sniffEvidence);
  await inTransaction(ctx, async (tx) => {
    await checkReport(tx, input);
    await repo.insertFollowUp(tx.db, {
      agreement_id: input.agreementId,
      reported_on: input.reportedOn,
      institution_id: input.institutionId,
      session_id: input.sessionId,
      text: input.text,
      status: input.status,
      progress: input.progress,
      evidence_name: evidence?.name ?? null,
      evidence_type: evidence?.type ?? null,
      evidence_data: evidence?.data ?? null,
      created_at: ctx.clock.now(),
    });
    await repo.updateAgreement(tx.db, input.agreementId, { status: input.status, progress: input.progress, last_report_on: input.reportedOn });
  });
  return getAgreementRecord(ctx, input.agreementId);
}

/** Takes back the latest report; the agreement returns to what the report before it said. */
export async function removeFollowUp(ctx: ServiceContext, id: number): Promise<AgreementRecord> {
  const agreementId = await inTransaction(ctx, async (tx) => {
    const entry = await repo.findFollowUp(tx.db, id);
    if (!entry) throw new AppError('NOT_FOUND', 'agreements.followUpNotFound');
    if (!(await repo.latestEntryIds(tx.db, [entry.agreement_id])).has(id)) throw new AppError('CONFLICT', 'agreements.followUpNotLatest');
    if (entry.session_id !== null) assertDraft(await requireSession(tx.db, entry.session_id));
    await repo.deleteFollowUp(tx.db, id);
    const before = await repo.findLatestFollowUp(tx.db, entry.agreement_id);
    await repo.updateAgreement(tx.db, entry.agreement_id, {
      status: before?.status ?? 'pendiente',
      progress: before?.progress ?? 0,
      last_report_on: before?.reported_on ?? null,
    });
    return entry.agreement_id;
  });
  return getAgreementRecord(ctx, agreementId);
}

export async function updateTracking(ctx: ServiceContext, input: In<'agreements.track'>): Promise<AgreementRecord> {
  assertNotSensitive(input.observations, input.acknowledgedSensitive, 'observations');
  assertNotSensitive(input.verification, input.acknowledgedSensitive, 'verification');
  await repo.requireAgreement(ctx.db, input.id);
  await repo.updateAgreement(ctx.db, input.id, { verification: input.verification, observations: input.observations });
  return getAgreementRecord(ctx, input.id);
}

export async function attachVerification(ctx: ServiceContext, input: In<'agreements.attachVerification'>): Promise<AgreementRecord> {
  const file = readEvidence(input, 'dataBase64', 'agreements.evidenceNotAccepted', sniffEvidence);
  await repo.requireAgreement(ctx.db, input.id);
  await repo.saveVerificationFile(ctx.db, { agreement_id: input.id, file_name: file.name, mime_type: file.type, data: file.data, uploaded_at: ctx.clock.now() });
  return getAgreementRecord(ctx, input.id);
}

export async function removeVerification(ctx: ServiceContext, id: number): Promise<AgreementRecord> {
  await repo.requireAgreement(ctx.db, id);
  await repo.deleteVerificationFile(ctx.db, id);
  return getAgreementRecord(ctx, id);
}

export async function getAgreementFile(ctx: ServiceContext, input: In<'agreements.getFile'>): Promise<ExportedFile> {
  const file = input.kind === 'verification' ? await repo.findVerificationFile(ctx.db, input.id) : await repo.findFollowUpEvidence(ctx.db, input.id);
  if (!file?.name || !file.type || !file.data) throw new AppError('NOT_FOUND', 'agreements.fileMissing');
  return { fileName: file.name, mimeType: file.type, dataBase64: file.data.toString('base64') };
}

export async function silenceReminders(ctx: ServiceContext, input: In<'agreements.silence'>): Promise<AgreementRecord> {
  await repo.requireAgreement(ctx.db, input.id);
  await repo.updateAgreement(ctx.db, input.id, { reminders_silenced: input.silenced ? 1 : 0 });
  return getAgreementRecord(ctx, input.id);
}
