/**
 * Suggested wording for the oficio itself. Official documents are written in Spanish whatever the
 * language of the interface, so these are not translated.
 */

export const PREVIOUS_ACTA_ENCLOSURE = 'Se adjunta el acta de la sesión anterior.';

/** "Ordenanza N° 003-2025-MDPO": the ordinance that created the instancia, as the reference line. */
export const ordinanceReference = (ordinanceNumber: string): string =>
  /^ordenanza\b/i.test(ordinanceNumber) ? ordinanceNumber : `Ordenanza ${ordinanceNumber}`;
