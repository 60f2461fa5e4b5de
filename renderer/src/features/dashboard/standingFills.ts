/**
 * How each standing of an agreement is painted: fills far apart in lightness, and the ones that
 * could be mistaken for another in grey print also carry a texture. The chart names and counts
 * every bar in words as well, so no reading depends on colour.
 */
import { pattern, patterns, type RechartsFill } from 'recharts';
import type { StandingKey } from '../../../../shared/rules/agreementStatus';

const STRIPES = pattern({ ...patterns.diagonal, color: '#ffffff', opacity: 0.6 });
const HATCH = pattern({ ...patterns.crosshatch, color: '#212529', opacity: 0.55 });
const DOTS = pattern({ ...patterns.dots, color: '#495057', opacity: 0.8 });

export const STANDING_FILLS: Record<StandingKey, string | RechartsFill> = {
  pendiente: '#a5d8ff',
  en_proceso: '#228be6',
  vencido: { color: '#e03131', definition: STRIPES },
  cumplido: '#1b4332',
  no_cumplido: { color: '#adb5bd', definition: HATCH },
  anulado: { color: '#f1f3f5', definition: DOTS },
};

/** Around every bar, so the palest ones still show their edge on white paper. */
export const BAR_OUTLINE = '#495057';
