/**
 * How documents and screens write figures: soles as "S/ 12,500.00" (the Peruvian administrative
 * convention), quantities with thousands separators and at most two decimals, shares as "85 %".
 * The space after "S/" and before "%" is non-breaking, so a narrow cell never splits a figure.
 */
const NBSP = '\u00a0';

const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export const soles = (amount: number): string => `S/${NBSP}${money.format(amount)}`;

export const quantity = (value: number): string => count.format(value);

/** What a cell shows for a share that cannot be computed (nothing was due). */
export const NO_FIGURE = '—';

/** A 0–1 ratio (or beyond, when a target was exceeded) as a whole percentage; "—" for null. */
export const percent = (ratio: number | null): string => (ratio === null ? NO_FIGURE : `${Math.round(ratio * 100)}${NBSP}%`);

/** The share `part` is of `whole`, or null when the whole is nothing. */
export const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
