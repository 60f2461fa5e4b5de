/**
 * The instancia keeps institutional data, not case data (domain.md §7). Free text that looks like
 * it identifies a victim is flagged so the user can rewrite it or confirm it before it is saved.
 * Heuristics only: they warn, they never block.
 */

export type SensitiveKind = 'dni' | 'victimName' | 'address';

export interface SensitiveFinding {
  kind: SensitiveKind;
  /** The text that triggered the warning, as written. */
  match: string;
}

const UPPER = 'A-ZÁÉÍÓÚÑÜ';
const WORD = `[${UPPER}][a-záéíóúñü]+`;

const PATTERNS: Record<SensitiveKind, RegExp> = {
  // Eight digits on their own: a DNI. Longer numbers (phones, expedientes) and amounts written
  // with thousands points are left alone; a full stop ending the sentence is not part of a number.
  dni: /(?<!\d|\d\.)\d{8}(?!\d|\.\d)/g,
  // "víctima" (or "agraviada", "denunciante") followed by a capitalised name. Case matters for the
  // name, so the keyword spells out its own capitals instead of using the i flag.
  victimName: new RegExp(
    `(?<![\\p{L}])(?:[Vv][ií]ctima|V[IÍ]CTIMA|[Aa]graviad[ao]|[Dd]enunciante)s?\\s*[:,]?\\s*(?:(?:la|el|[Ss]e[ñn]ora?|[Ss]ra?\\.)\\s+){0,2}${WORD}(?:\\s+${WORD})*`,
    'gu',
  ),
  // A street address: a way type followed by a name and a number, or a block/lot reference.
  address: new RegExp(
    `\\b(?:av(?:enida)?\\.?|jr\\.?|jir[oó]n|calle|ca\\.|psje\\.?|pasaje|prolongaci[oó]n|prol\\.)\\s+[${UPPER}0-9][^,.;\\n]{0,60}?\\s(?:n[°º.]?\\s*)?\\d{1,5}\\b|\\bmz\\.?\\s*[${UPPER}0-9]{1,4}\\s*,?\\s*lt\\.?\\s*\\d{1,4}\\b`,
    'giu',
  ),
};

/** Everything in `text` that looks like it identifies a person affected by violence. */
export function findSensitiveText(text: string): SensitiveFinding[] {
  const findings: SensitiveFinding[] = [];
  for (const kind of Object.keys(PATTERNS) as SensitiveKind[]) {
    for (const match of text.matchAll(PATTERNS[kind])) {
      findings.push({ kind, match: match[0].trim() });
    }
  }
  return findings;
}
