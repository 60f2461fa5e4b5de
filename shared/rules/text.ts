/** Folds a name for comparison: "Centro Emergencia  Mujer" and "centro emergencia mujer" are one. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('es')
    .replace(/\s+/g, ' ')
    .trim();
}
