/**
 * Text colours that stay legible: WCAG's contrast ratio between two colours, and a colour darkened
 * step by step until normal-size text in it reaches 4.5:1 on its background (WCAG AA).
 */
import { darken, luminance } from '@mantine/core';

const AA_TEXT = 4.5;
/** A little above the threshold, so browsers' rounding of colours never tips a text under it. */
const TARGET = AA_TEXT + 0.1;

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour itself when it is already legible on the background, else the lightest darker shade that is. */
export function readableOn(color: string, background: string): string {
  for (let amount = 0; amount < 1; amount += 0.02) {
    const candidate = amount === 0 ? color : darken(color, amount);
    if (contrastRatio(candidate, background) >= TARGET) return candidate;
  }
  return '#000000';
}

/**
 * A Mantine palette whose two darkest shades, the ones written in, read at 4.5:1 on white and on
 * its pale shades: shade 8 (helper and warning text) on shade 1, and shade 9 (the words of light
 * badges, alerts and the active menu item) on shade 2, their background under the mouse. The rest
 * is left as it is.
 */
export function withLegibleDarkShades(shades: readonly string[]): string[] {
  const eight = readableOn(shades[8] ?? '#000000', shades[1] ?? '#ffffff');
  const nine = readableOn(shades[9] ?? '#000000', shades[2] ?? '#ffffff');
  // The darkest shade stays darker than the one before it.
  return [...shades.slice(0, 8), eight, luminance(nine) < luminance(eight) ? nine : darken(eight, 0.12)];
}
