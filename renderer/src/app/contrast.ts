/**
 * Text colours that stay legible: WCAG's contrast ratio between two colours, and a colour darkened
 * step by step until normal-size text in it reaches 4.5:1 on its background (WCAG AA).
 */
import { darken, luminance } from '@mantine/core';

export const AA_TEXT = 4.5;

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour itself when it is already legible on the background, else the lightest darker shade that is. */
export function readableOn(color: string, background: string): string {
  for (let amount = 0; amount < 1; amount += 0.04) {
    const candidate = amount === 0 ? color : darken(color, amount);
    if (contrastRatio(candidate, background) >= AA_TEXT) return candidate;
  }
  return '#000000';
}
