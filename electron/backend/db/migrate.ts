import { type Kysely, sql } from 'kysely';
import type { Migration } from './migrations';
import { DatabaseRefusedError } from './refusal';

/**
 * Applies every pending migration in one transaction: a database is either fully at the new
 * version or untouched. A database from a newer Acuerda is refused, since this version cannot
 * know what its data means.
 */
export async function migrate(db: Kysely<unknown>, migrations: readonly Migration[], applicationId: number): Promise<void> {
  const current = await readUserVersion(db);
  if (current > migrations.length) throw new DatabaseRefusedError('tooNew', '');
  if (current === migrations.length) return;
  await db.transaction().execute(async (trx) => {
    for (const migration of migrations.slice(current)) await migration.up(trx);
    // PRAGMA arguments cannot be bound parameters; both values are integers we control.
    await sql.raw(`PRAGMA user_version = ${migrations.length}`).execute(trx);
    await sql.raw(`PRAGMA application_id = ${applicationId}`).execute(trx);
  });
}

export async function readUserVersion(db: Kysely<unknown>): Promise<number> {
  const result = await sql<{ user_version: number }>`PRAGMA user_version`.execute(db);
  return result.rows[0]?.user_version ?? 0;
}
