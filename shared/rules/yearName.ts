/** The official year name printed under the decade line depends on the document's date. */

export interface YearNameEntry {
  year: number;
  name: string;
  validFrom: string;
  validTo: string | null;
}

/** The year name in force on `date`; when several match, the one that started latest wins. */
export function yearNameFor(date: string, entries: readonly YearNameEntry[]): YearNameEntry | null {
  const inForce = entries.filter((e) => e.validFrom <= date && (e.validTo === null || date <= e.validTo));
  if (inForce.length === 0) return null;
  return inForce.reduce((latest, e) => (e.validFrom > latest.validFrom ? e : latest));
}
