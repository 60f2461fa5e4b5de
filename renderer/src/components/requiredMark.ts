/**
 * Marks an input as required: a red asterisk drawn by CSS (app/global.css) instead of Mantine's
 * " *" text, so the label reads exactly "Provincia" for screen readers and tests alike.
 */
export const requiredMark = {
  labelProps: { mod: { required: true } },
  'aria-required': true,
} as const;
