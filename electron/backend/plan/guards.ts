/** What plan operations check first: the plan exists, its structure is still a draft, members and agreements exist. */
import type { Selectable } from 'kysely';
import { AppError, fieldError } from '../../../shared/result';
import type { PlanTable } from '../db/schema';
import type { Db } from '../sessions/repository';
import type { ApprovalInfo } from './tree';
import { sessionTitle } from '../../../shared/rules/sessionTitle';
import * as repo from './repository';

export type PlanRow = Selectable<PlanTable>;

export async function requirePlan(db: Db, id: number): Promise<PlanRow> {
  const row = await repo.findPlan(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'plan.notFound');
  return row;
}

/** An approved plan's structure is locked; progress reporting goes on. */
export async function requireDraftPlan(db: Db, id: number): Promise<PlanRow> {
  const row = await requirePlan(db, id);
  if (row.status !== 'borrador') throw new AppError('LOCKED', 'plan.structureLocked');
  return row;
}

export async function assertMembers(db: Db, ids: readonly number[], path: string): Promise<void> {
  if (ids.length === 0) return;
  const found = await db.selectFrom('institution').select('id').where('id', 'in', [...ids]).execute();
  if (found.length !== new Set(ids).size) throw fieldError('VALIDATION', path, 'plan.institutionNotMember');
}

/** The agreement (and its session) that approved something, as documents cite it. */
export async function approvalInfo(db: Db, agreementId: number | null): Promise<ApprovalInfo | undefined> {
  if (agreementId === null) return undefined;
  const row = await db
    .selectFrom('agreement')
    .innerJoin('session', 'session.id', 'agreement.session_id')
    .select(['agreement.id', 'agreement.number_text', 'session.id as session_id', 'session.kind', 'session.number', 'session.year', 'session.date'])
    .where('agreement.id', '=', agreementId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    agreementId: row.id,
    numberText: row.number_text,
    sessionId: row.session_id,
    sessionTitle: sessionTitle(row.kind as 'ordinaria', row.number, row.year, row.date),
    sessionDate: row.date,
  };
}

export async function requireApprovalAgreement(db: Db, agreementId: number | null): Promise<void> {
  if (agreementId !== null && !(await approvalInfo(db, agreementId))) {
    throw fieldError('VALIDATION', 'agreementId', 'plan.agreementNotFound');
  }
}
