/** What plan operations check first: the plan exists, its structure is still a draft, members and agreements exist. */
import type { Selectable } from 'kysely';
import { AppError, fieldError } from '../../../shared/result';
import type { PlanTable } from '../db/schema';
import type { Db } from '../db/types';
import { findInstitutionIds } from '../members/repository';
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
  const found = await findInstitutionIds(db, ids);
  if (found.length !== new Set(ids).size) throw fieldError('VALIDATION', path, 'plan.institutionNotMember');
}
