/**
 * Marks an input as required: a red asterisk drawn by CSS (app/global.css) instead of Mantine's
 * " *" text, so the label reads exactly "Provincia" for screen readers and tests alike.
 */
export const requiredMark = {
  labelProps: { mod: { required: true } },
  'aria-required': true,
} as const;

/**
 * The same mark for a group of inputs (radio buttons, a row of counts): ARIA allows "required" on
 * the inputs only, not on the box around them, so the group shows the asterisk alone.
 */
export const requiredGroupMark = { labelProps: requiredMark.labelProps } as const;
