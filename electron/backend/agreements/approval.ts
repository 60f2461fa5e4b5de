/** The agreement (and its session) that approved a plan or a protocol version, as screens and documents cite it. */
import type { ApprovalRecord } from '../../../shared/domain/approval';
import { sessionTitle } from '../../../shared/rules/sessionTitle';
import { longDate } from '../../../shared/rules/spanish';
import { fieldError } from '../../../shared/result';
import type { Db } from '../db/types';
import { findApprovingAgreement } from './repository';

export interface ApprovalInfo {
  agreementId: number;
  numberText: string;
  sessionId: number;
  sessionTitle: string;
  sessionDate: string;
}

export async function approvalInfo(db: Db, agreementId: number | null): Promise<ApprovalInfo | undefined> {
  if (agreementId === null) return undefined;
  const row = await findApprovingAgreement(db, agreementId);
  if (!row) return undefined;
  return {
    agreementId: row.id,
    numberText: row.number_text,
    sessionId: row.session_id,
    sessionTitle: sessionTitle(row.kind, row.number, row.year, row.date),
    sessionDate: row.date,
  };
}

export async function requireApprovalAgreement(db: Db, agreementId: number | null): Promise<void> {
  if (agreementId !== null && !(await approvalInfo(db, agreementId))) {
    throw fieldError('VALIDATION', 'agreementId', 'plan.agreementNotFound');
  }
}

/** What was stored on approval, read back with the agreement's number and session. */
export async function approvalRecord(
  db: Db,
  row: { approved_on: string | null; approval_agreement_id: number | null; approval_reference: string },
): Promise<ApprovalRecord> {
  if (row.approved_on === null) return null;
  const info = await approvalInfo(db, row.approval_agreement_id);
  return {
    approvedOn: row.approved_on,
    agreementId: row.approval_agreement_id,
    reference: info?.numberText ?? row.approval_reference,
    sessionId: info?.sessionId ?? null,
    sessionTitle: info?.sessionTitle ?? null,
    sessionDate: info?.sessionDate ?? null,
  };
}

/** "Aprobado mediante ACUERDO N° 001-2026-…, Primera Sesión Ordinaria 2026 de fecha 12 de marzo de 2026". */
export function approvalText(record: ApprovalRecord): string | null {
  if (!record) return null;
  const session = record.sessionTitle && record.sessionDate ? `, ${record.sessionTitle} de fecha ${longDate(record.sessionDate)}` : '';
  return `Aprobado mediante ${record.reference}${session}`;
}
