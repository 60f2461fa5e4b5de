import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

/** Anything that carries the open database, as a service context does. */
interface WithDatabase {
  db: Kysely<Database>;
}

/** The context `C` with its database replaced by an open transaction. */
export type TxContext<C extends WithDatabase> = C & { db: Transaction<Database> };

/**
 * Runs `work` in one transaction on the context's database: it commits when `work` resolves and
 * rolls everything back when it throws, so a rule checked inside refuses the whole write.
 */
export function inTransaction<C extends WithDatabase, T>(ctx: C, work: (tx: TxContext<C>) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute((trx) => work({ ...ctx, db: trx }));
}
