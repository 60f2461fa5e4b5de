/** Small rules of written Spanish the builders share. */
import type { AgreementStatus } from '../../../../shared/rules/agreementStatus';

/** Ends a text with a full stop unless it already ends with punctuation ("¿Se aprueba?" stays). */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?:;…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * A text cut at a word before `max` characters, with "…" where it was cut; a text that fits is
 * returned trimmed, as it is.
 */
export function cutAtWord(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export const upper = (text: string): string => text.toLocaleUpperCase('es-PE');

/** "1 voto", "10 votos": a count with its noun in singular or plural. */
export const counted = (n: number, singular: string, plural: string): string => `${n} ${n === 1 ? singular : plural}`;

/** How official documents name an agreement's status. */
export const STATUS_LABELS: Record<AgreementStatus, string> = {
  pendiente: 'Pendiente',
  en_proceso: 'En proceso',
  cumplido: 'Cumplido',
  no_cumplido: 'No cumplido',
  anulado: 'Anulado',
};
