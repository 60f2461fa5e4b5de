/**
 * How number inputs of figures behave, the same in every form. A minus sign stays as typed (no
 * `min`, no `allowNegative: false`): the schema then refuses a negative figure in words, where the
 * input would silently flip or clamp it to something the user never wrote.
 */
export const quantityInput = { thousandSeparator: ',', decimalScale: 2 } as const;

/** Soles always show two decimals, as the documents print them: "S/ 12,000.50". */
export const solesInput = { ...quantityInput, prefix: 'S/ ', fixedDecimalScale: true } as const;
