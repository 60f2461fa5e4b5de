/**
 * Correlatives per series and year, taken when a document is issued and never given back: a
 * deleted draft leaves a gap rather than a reused number, as the book of actas requires.
 */
import type { Transaction } from 'kysely';
import type { DocumentType } from '../../../shared/domain/taskforce';
import { DEFAULT_NUMBERING_PATTERN, formatDocumentNumber } from '../../../shared/rules/numbering';
import type { Database } from '../db/schema';
import type { Db } from '../db/types';

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

/** The number as printed, from the instancia's pattern for that document type. */
export async function formatNumber(
  db: Db,
  docType: DocumentType,
  parts: { typeLabel: string; correlative: number; year: number },
): Promise<string> {
  const [pattern, taskforce] = await Promise.all([
    db.selectFrom('numbering_pattern').select('pattern').where('doc_type', '=', docType).executeTakeFirst(),
    db.selectFrom('taskforce').select(['entity_acronym', 'unit_acronym']).where('id', '=', 1).executeTakeFirst(),
  ]);
  return formatDocumentNumber(pattern?.pattern ?? DEFAULT_NUMBERING_PATTERN, {
    ...parts,
    entity: taskforce?.entity_acronym ?? '',
    unit: taskforce?.unit_acronym ?? '',
  });
}
