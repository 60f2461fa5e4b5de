/** The counters of issued numbers, one per series and year. */
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';

/** Must run inside the transaction that stores the number, so two issues never share one. */
export async function takeNextNumber(trx: Transaction<Database>, series: string, year: number): Promise<number> {
  const row = await trx
    .insertInto('document_counter')
    .values({ series, year, last_number: 1 })
    .onConflict((oc) => oc.columns(['series', 'year']).doUpdateSet((eb) => ({ last_number: eb('document_counter.last_number', '+', 1) })))
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return row.last_number;
}
