/** Dates and times as the screens read and type them (renderer/src/lib/dates.ts and its neighbours). */
import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { addMinutes, timeOrNull } from '../../renderer/src/features/sessions/form/clock';
import { dateWithWeekday, fromTyped, longDate, shortDate, toTyped } from '../../renderer/src/lib/dates';
import { daysBetween, relativeDay } from '../../renderer/src/lib/relativeDay';

beforeAll(async () => {
  await i18n.init({ lng: 'es', resources: {} });
});

describe('typed dates', () => {
  it('shows a stored date as the office types it', () => {
    expect(toTyped('2026-03-12')).toBe('12/03/2026');
    expect(toTyped(null)).toBe('');
    expect(toTyped('12/03/2026')).toBe('12/03/2026');
  });

  it('reads a typed date with one or two digits and any usual separator', () => {
    for (const typed of ['12/3/2026', '12/03/2026', ' 12.03.2026 ', '12-3-2026']) expect(fromTyped(typed), typed).toBe('2026-03-12');
    expect(fromTyped('5/1/2026')).toBe('2026-01-05');
  });

  it('reads nothing as no date, and passes on what it cannot read for the schema to name', () => {
    expect(fromTyped('   ')).toBeNull();
    expect(fromTyped('el próximo jueves')).toBe('el próximo jueves');
    expect(fromTyped('12/03/26')).toBe('12/03/26');
    // A day that does not exist still becomes ISO, so the schema can say so.
    expect(fromTyped('31/02/2026')).toBe('2026-02-31');
  });

  it('gives back what was stored after showing it and reading it again', () => {
    for (const stored of ['2026-03-12', '2025-12-31', '2024-02-29']) expect(fromTyped(toTyped(stored))).toBe(stored);
  });
});

describe('dates in tables and sentences', () => {
  it('writes a short date the way each language reads it', async () => {
    await i18n.changeLanguage('es');
    expect(shortDate('2026-03-12')).toBe('12/03/2026');
    await i18n.changeLanguage('en');
    expect(shortDate('2026-03-12')).toBe('Mar 12, 2026');
    expect(shortDate('sin fecha')).toBe('sin fecha');
  });

  it('writes a long date, with its weekday on a session', () => {
    expect(longDate('2026-03-12', 'es')).toBe('12 de marzo de 2026');
    expect(longDate('2026-03-12', 'en')).toBe('March 12, 2026');
    expect(longDate(null, 'es')).toBe('');
    expect(dateWithWeekday('2026-03-12', 'es')).toBe('jueves, 12 de marzo de 2026');
    expect(dateWithWeekday('2026-03-12', 'en')).toBe('Thursday, March 12, 2026');
  });
});

describe('days from today', () => {
  it('counts calendar days across months and leap days, negative into the past', () => {
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-12', '2026-03-09')).toBe(-3);
  });

  it('says it in words in each language', () => {
    expect(relativeDay('2026-03-12', '2026-03-12', 'es')).toBe('hoy');
    expect(relativeDay('2026-03-13', '2026-03-12', 'es')).toBe('mañana');
    expect(relativeDay('2026-03-09', '2026-03-12', 'es')).toBe('hace 3 días');
    expect(relativeDay('2026-03-24', '2026-03-12', 'en')).toBe('in 12 days');
  });
});

describe('clock times', () => {
  it('adds minutes across the hour, and gives up past midnight or on an incomplete time', () => {
    expect(addMinutes('10:00', 30)).toBe('10:30');
    expect(addMinutes('10:50', 15)).toBe('11:05');
    expect(addMinutes('23:45', 15)).toBeNull();
    expect(addMinutes('9:00', 30)).toBeNull();
    expect(addMinutes('', 30)).toBeNull();
  });

  it('reads an empty time input as no time', () => {
    expect(timeOrNull('')).toBeNull();
    expect(timeOrNull('10:00')).toBe('10:00');
  });
});
