/** Checks every sessions operation starts with: the record exists and its acta is still a draft. */
import type { Selectable } from 'kysely';
import { isActaLocked } from '../../../shared/rules/acta';
import { AppError } from '../../../shared/result';
import type { SessionTable } from '../db/schema';
import type { Db } from '../db/types';
import { findSession } from './repository';

export type SessionRow = Selectable<SessionTable>;

export async function requireSession(db: Db, id: number): Promise<SessionRow> {
  const row = await findSession(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'sessions.notFound');
  return row;
}

export function assertDraft(row: SessionRow): void {
  if (isActaLocked(row.acta_status)) throw new AppError('LOCKED', 'sessions.actaLocked');
}

export async function requireDraftSession(db: Db, id: number): Promise<SessionRow> {
  const row = await requireSession(db, id);
  assertDraft(row);
  return row;
}
