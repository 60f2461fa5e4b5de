import { describe, expect, it } from 'vitest';
import { isRealDate, isWithin, periodsOverlap, previousDay } from '../../shared/rules/dates';
import { checkPattern, DEFAULT_NUMBERING_PATTERN, formatDocumentNumber } from '../../shared/rules/numbering';
import { requiredForQuorum } from '../../shared/rules/quorum';
import { nameKey } from '../../shared/rules/text';
import { yearNameFor } from '../../shared/rules/yearName';
import { DEFAULT_YEAR_NAMES } from '../../shared/domain/taskforce';

describe('quorum', () => {
  it.each([
    [1, 1],
    [2, 2],
    [18, 10],
    [19, 10],
    [20, 11],
  ])('an absolute majority of %i institutions with vote is %i', (members, needed) => {
    expect(requiredForQuorum(members, { kind: 'majority' })).toBe(needed);
  });

  it('rounds a fraction up and never asks for more than there are', () => {
    expect(requiredForQuorum(19, { kind: 'fraction', numerator: 1, denominator: 3 })).toBe(7);
    expect(requiredForQuorum(18, { kind: 'fraction', numerator: 2, denominator: 3 })).toBe(12);
    expect(requiredForQuorum(4, { kind: 'fixed', count: 10 })).toBe(4);
    expect(requiredForQuorum(0, { kind: 'majority' })).toBe(0);
  });
});

describe('document numbers', () => {
  const parts = { typeLabel: 'OFICIO MÚLTIPLE', correlative: 12, year: 2026, entity: 'MVES', unit: 'GDS' };

  it('fills the default pattern as Peruvian offices write it', () => {
    expect(formatDocumentNumber(DEFAULT_NUMBERING_PATTERN, parts)).toBe('OFICIO MÚLTIPLE N° 012-2026-MVES/GDS');
  });

  it('pads the correlative to the width the pattern asks', () => {
    expect(formatDocumentNumber('ACTA N° {N}-{AAAA}-IDC-VES', { ...parts, correlative: 3 })).toBe('ACTA N° 3-2026-IDC-VES');
    expect(formatDocumentNumber('ACTA N° {NNNN}-{AAAA}', { ...parts, correlative: 3 })).toBe('ACTA N° 0003-2026');
  });

  it('flags patterns that could not number documents', () => {
    expect(checkPattern(DEFAULT_NUMBERING_PATTERN)).toBeNull();
    expect(checkPattern('{TIPO}-{AAAA}')).toBe('needsCorrelative');
    expect(checkPattern('{TIPO} {NNN}')).toBe('needsYear');
    expect(checkPattern('{TIPO} {NNN}-{AAAA}-{DISTRITO}')).toBe('unknownPlaceholder');
  });
});

describe('year names', () => {
  it('finds the name in force on a date, or none', () => {
    expect(yearNameFor('2026-03-12', DEFAULT_YEAR_NAMES)?.name).toBe('Año de la Esperanza y el Fortalecimiento de la Democracia');
    expect(yearNameFor('2025-12-31', DEFAULT_YEAR_NAMES)?.year).toBe(2025);
    expect(yearNameFor('2023-06-01', DEFAULT_YEAR_NAMES)).toBeNull();
  });

  it('prefers the entry that started latest when a decree arrives weeks into January', () => {
    const entries = [
      { year: 2026, name: 'Provisional', validFrom: '2026-01-01', validTo: null },
      { year: 2027, name: 'Decretado', validFrom: '2027-01-18', validTo: null },
    ];
    expect(yearNameFor('2027-01-10', entries)?.name).toBe('Provisional');
    expect(yearNameFor('2027-01-18', entries)?.name).toBe('Decretado');
  });
});

describe('dates and names', () => {
  it('knows which calendar dates exist', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2026-04-31')).toBe(false);
    expect(isRealDate('2026-4-3')).toBe(false);
  });

  it('computes the day before across months and years', () => {
    expect(previousDay('2026-03-01')).toBe('2026-02-28');
    expect(previousDay('2026-01-01')).toBe('2025-12-31');
  });

  it('compares periods with open ends', () => {
    expect(periodsOverlap('2025-01-01', '2025-12-31', '2026-01-01', null)).toBe(false);
    expect(periodsOverlap('2025-01-01', null, '2030-01-01', null)).toBe(true);
    expect(periodsOverlap('2025-01-01', '2025-12-31', '2025-12-31', '2026-06-30')).toBe(true);
    expect(isWithin('2026-03-12', '2026-03-12', null)).toBe(true);
    expect(isWithin('2026-03-12', '2025-01-01', '2026-03-11')).toBe(false);
  });

  it('folds accents, case and spaces in names', () => {
    expect(nameKey('  Comisaría   de FAMILIA ')).toBe(nameKey('comisaria de familia'));
    expect(nameKey('Niña')).toBe('nina');
  });
});
