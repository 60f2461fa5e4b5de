/**
 * Official document numbers, e.g. "OFICIO MÚLTIPLE N° 012-2026-MVES/GDS". The pattern is a setting
 * of each instancia; these functions only fill it in and check it.
 */

export const DEFAULT_NUMBERING_PATTERN = '{TIPO} N° {NNN}-{AAAA}-{ENTIDAD}/{UNIDAD}';

/** Correlative placeholders: {N} unpadded, {NN} two digits, {NNN} three, {NNNN} four. */
const CORRELATIVE = /\{(N{1,4})\}/;
const KNOWN = new Set(['TIPO', 'AAAA', 'ENTIDAD', 'UNIDAD', 'N', 'NN', 'NNN', 'NNNN']);

export type PatternProblem = 'needsCorrelative' | 'needsYear' | 'unknownPlaceholder';

export interface NumberParts {
  typeLabel: string;
  correlative: number;
  year: number;
  entity: string;
  unit: string;
}

export function checkPattern(pattern: string): PatternProblem | null {
  const placeholders = [...pattern.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? '');
  if (placeholders.some((name) => !KNOWN.has(name))) return 'unknownPlaceholder';
  if (!CORRELATIVE.test(pattern)) return 'needsCorrelative';
  if (!pattern.includes('{AAAA}')) return 'needsYear';
  return null;
}

export function formatDocumentNumber(pattern: string, parts: NumberParts): string {
  return pattern.replace(/\{([A-Z]+)\}/g, (whole, name: string) => {
    switch (name) {
      case 'TIPO':
        return parts.typeLabel;
      case 'AAAA':
        return String(parts.year);
      case 'ENTIDAD':
        return parts.entity;
      case 'UNIDAD':
        return parts.unit;
      default:
        return /^N{1,4}$/.test(name) ? String(parts.correlative).padStart(name.length, '0') : whole;
    }
  });
}
