/**
 * Correlatives per series and year, taken when a document is issued and never given back: a
 * deleted draft leaves a gap rather than a reused number, as the book of actas requires.
 */
import type { DocumentType } from '../../../shared/domain/taskforce';
import { DEFAULT_NUMBERING_PATTERN, formatDocumentNumber } from '../../../shared/rules/numbering';
import type { Db } from '../db/types';
import { findNumberingPattern, findTaskforce } from '../taskforce/repository';

/** The number as printed, from the instancia's pattern for that document type. */
export async function formatNumber(
  db: Db,
  docType: DocumentType,
  parts: { typeLabel: string; correlative: number; year: number },
): Promise<string> {
  const [pattern, taskforce] = await Promise.all([findNumberingPattern(db, docType), findTaskforce(db)]);
  return formatDocumentNumber(pattern?.pattern ?? DEFAULT_NUMBERING_PATTERN, {
    ...parts,
    entity: taskforce?.entity_acronym ?? '',
    unit: taskforce?.unit_acronym ?? '',
  });
}
