/**
 * What every document receives, whatever it prints: the letterhead and the signers. Each domain's
 * `data.ts` adds its documents' own data, already in the words and order they print. Services
 * gather it from the database; builders turn it into a docx tree and touch nothing else. Dates are
 * ISO `YYYY-MM-DD`, times "HH:MM"; builders write them out in Spanish.
 */

export interface LetterheadData {
  /** The institution that presides and issues the documents: "Municipalidad Distrital de Villa Esperanza". */
  entityName: string;
  /** The instancia's official name, as printed under the entity. */
  taskforceName: string;
  logo: { data: Uint8Array; type: 'png' | 'jpg'; width: number; height: number } | null;
  /** "Decenio de la Igualdad de Oportunidades para Mujeres y Hombres"; empty when not set. */
  decadeLine: string;
  /** The year name in force on the document's date; null when none is recorded for it. */
  yearName: string | null;
}

export interface SignatoryData {
  name: string;
  post: string;
  /** A third line under the post, e.g. the instancia's short name; empty to omit. */
  organization: string;
}
