/**
 * The acta's lifecycle: borrador → aprobada (in a later session) → firmada (signed scan attached).
 * Approval stores the full roster and a snapshot of the content with its SHA-256; from then on the
 * service refuses every change with LOCKED and the database triggers refuse it too. Corrections
 * are fe de erratas entries, never edits.
 */
import type { ParsedInput as In } from '../../../shared/contract';
import { SIGNED_ACTA_MAX_BYTES } from '../../../shared/domain/acta';
import type { SessionDetail } from '../../../shared/domain/sessions';
import { AppError, fieldError } from '../../../shared/result';
import { assertNotSensitive } from '../confidentiality/guard';
import type { ServiceContext } from '../context';
import { inTransaction } from '../db/transaction';
import { sniffDocument } from '../files/fileType';
import { assertDraft, requireSession } from '../sessions/guards';
import * as repo from '../sessions/repository';
import { loadRoster, quorumOf } from '../sessions/roster';
import { requireSettings } from '../taskforce/service';
import { gatherActaContent } from './content';
import { canonicalJson, sha256 } from './hash';
import { getSessionDetail } from './sessionDetail';

export async function approveActa(ctx: ServiceContext, input: In<'acta.approve'>): Promise<SessionDetail> {
  const settings = await requireSettings(ctx);
  await inTransaction(ctx, async (tx) => {
    const row = await requireSession(tx.db, input.id);
    assertDraft(row);
    if (row.number === null) throw new AppError('CONFLICT', 'sessions.notConvened');
    if (row.start_time === null || row.end_time === null) throw new AppError('CONFLICT', 'sessions.approvalNeedsEndTime');
    const approver = await requireSession(tx.db, input.approvedInSessionId);
    if (approver.date <= row.date) throw fieldError('VALIDATION', 'approvedInSessionId', 'sessions.approvalSessionNotLater');
    // The approving session's acta will say it approved this one, so it must still be open to say so.
    assertDraft(approver);
    if (!quorumOf(await loadRoster(tx.db, approver), settings, approver.call).met) {
      throw fieldError('CONFLICT', 'approvedInSessionId', 'sessions.approvalSessionWithoutQuorum');
    }
    const roster = await loadRoster(tx.db, row);
    if (!quorumOf(roster, settings, row.call).met && (await repo.countAgreementsOfSession(tx.db, row.id)) > 0) {
      throw new AppError('CONFLICT', 'sessions.approvalAgreementsWithoutQuorum');
    }
    // An acta without quorum ends at its verification, so the reports given in it would be lost.
    if (!quorumOf(roster, settings, row.call).met && (await repo.countReportsOfSession(tx.db, row.id)) > 0) {
      throw new AppError('CONFLICT', 'sessions.approvalReportsWithoutQuorum');
    }
    // Store every roster row so the locked acta no longer depends on today's membership.
    for (const entry of roster) {
      await repo.upsertAttendance(tx.db, {
        session_id: row.id,
        institution_id: entry.institutionId,
        has_vote: entry.hasVote ? 1 : 0,
        status: entry.status,
        attendee_name: entry.attendeeName,
        attendee_post: entry.attendeePost,
        arrival_time: entry.arrivalTime,
      });
    }
    const snapshot = canonicalJson(await gatherActaContent(tx, row, settings));
    await repo.updateSession(tx.db, row.id, {
      acta_status: 'aprobada',
      approved_in_session_id: approver.id,
      approval_observations: input.observations,
      acta_snapshot: snapshot,
      acta_hash: sha256(snapshot),
      updated_at: ctx.clock.now(),
    });
  });
  return getSessionDetail(ctx, input.id);
}

export async function attachSignedActa(ctx: ServiceContext, input: In<'acta.attachSigned'>): Promise<SessionDetail> {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (bytes.length > SIGNED_ACTA_MAX_BYTES) throw fieldError('VALIDATION', 'dataBase64', 'sessions.scanTooLarge');
  const mimeType = sniffDocument(bytes);
  if (!mimeType) throw fieldError('VALIDATION', 'dataBase64', 'sessions.scanNotAccepted');
  await inTransaction(ctx, async (tx) => {
    const row = await requireSession(tx.db, input.id);
    if (row.acta_status === 'borrador') throw new AppError('CONFLICT', 'sessions.actaNotApproved');
    if (row.acta_status === 'firmada') throw new AppError('CONFLICT', 'sessions.actaAlreadySigned');
    await repo.insertSignedActa(tx.db, { session_id: row.id, file_name: input.fileName, mime_type: mimeType, data: bytes, uploaded_at: ctx.clock.now() });
    await repo.updateSession(tx.db, row.id, { acta_status: 'firmada', updated_at: ctx.clock.now() });
  });
  return getSessionDetail(ctx, input.id);
}

export async function getSignedActa(ctx: ServiceContext, id: number): Promise<{ fileName: string; mimeType: string; dataBase64: string }> {
  await requireSession(ctx.db, id);
  const scan = await repo.findSignedActa(ctx.db, id);
  if (!scan) throw new AppError('NOT_FOUND', 'sessions.scanMissing');
  return { fileName: scan.file_name, mimeType: scan.mime_type, dataBase64: scan.data.toString('base64') };
}

export async function addErratum(ctx: ServiceContext, input: In<'acta.addErratum'>): Promise<SessionDetail> {
  assertNotSensitive(input.text, input.acknowledgedSensitive, 'text');
  await inTransaction(ctx, async (tx) => {
    const row = await requireSession(tx.db, input.id);
    if (row.acta_status === 'borrador' || row.approved_in_session_id === null) throw new AppError('CONFLICT', 'sessions.erratumOnDraft');
    const approver = await requireSession(tx.db, row.approved_in_session_id);
    if (input.recordedOn < approver.date) throw fieldError('VALIDATION', 'recordedOn', 'sessions.erratumBeforeApproval');
    await repo.insertErratum(tx.db, { session_id: row.id, recorded_on: input.recordedOn, text: input.text, created_at: ctx.clock.now() });
  });
  return getSessionDetail(ctx, input.id);
}
