/** Checks every sessions operation starts with: the record exists, its acta is still a draft, the text is safe. */
import type { Selectable, Transaction } from 'kysely';
import type { Taskforce } from '../../../shared/domain/taskforce';
import { isActaLocked, type ActaStatus } from '../../../shared/rules/acta';
import { findSensitiveText } from '../../../shared/rules/confidentiality';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import type { Database, SessionTable } from '../db/schema';
import { getTaskforce } from '../taskforce/service';
import { type Db, findSession } from './repository';

export type SessionRow = Selectable<SessionTable>;

export async function requireSession(db: Db, id: number): Promise<SessionRow> {
  const row = await findSession(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'sessions.notFound');
  return row;
}

export function assertDraft(row: SessionRow): void {
  if (isActaLocked(row.acta_status as ActaStatus)) throw new AppError('LOCKED', 'sessions.actaLocked');
}

export async function requireDraftSession(db: Db, id: number): Promise<SessionRow> {
  const row = await requireSession(db, id);
  assertDraft(row);
  return row;
}

export async function requireSettings(ctx: ServiceContext): Promise<Taskforce> {
  const settings = await getTaskforce(ctx);
  if (!settings) throw new AppError('CONFLICT', 'taskforce.notConfigured');
  return settings;
}

/**
 * Text that looks like it identifies a victim is refused until the user confirms it (domain.md §7);
 * the refusal names what was found so the screen can show it.
 */
export function assertNotSensitive(text: string, acknowledged: boolean, path: string): void {
  if (acknowledged) return;
  const found = findSensitiveText(text);
  if (found.length === 0) return;
  const params = { found: found.map((f) => f.match).join(', ') };
  throw new AppError('CONFLICT', 'sessions.sensitiveText', { params, fields: [{ path, key: 'sessions.sensitiveText', params }] });
}

/** A service context whose database is an open transaction. */
export type TxContext = ServiceContext & { db: Transaction<Database> };

/** Every write to a session runs in one transaction that first re-reads the session. */
export function inTransaction<T>(ctx: ServiceContext, work: (tx: TxContext) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute((trx) => work({ ...ctx, db: trx }));
}
