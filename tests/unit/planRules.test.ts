import { describe, expect, it } from 'vitest';
import { percent, quantity, share, soles } from '../../shared/rules/figures';
import { currentPeriod, endedPeriods, periodEnd, periodLabel, quarters, reportingPeriods } from '../../shared/rules/planPeriods';
import { activityStatus, averageProgress, indicatorProgress } from '../../shared/rules/planProgress';

describe('plan periods', () => {
  it('lists reporting periods by year or semester, and quarters', () => {
    expect(reportingPeriods({ startYear: 2026, endYear: 2027, reportingUnit: 'year' })).toEqual(['2026', '2027']);
    expect(reportingPeriods({ startYear: 2026, endYear: 2026, reportingUnit: 'semester' })).toEqual(['2026-S1', '2026-S2']);
    expect(reportingPeriods({ startYear: 2027, endYear: 2026, reportingUnit: 'year' })).toEqual([]);
    expect(quarters({ startYear: 2026, endYear: 2026, reportingUnit: 'year' })).toEqual(['2026-T1', '2026-T2', '2026-T3', '2026-T4']);
  });

  it('knows when each period ends and how documents name it', () => {
    expect(periodEnd('2026')).toBe('2026-12-31');
    expect(periodEnd('2026-S1')).toBe('2026-06-30');
    expect(periodEnd('2026-T3')).toBe('2026-09-30');
    expect(periodLabel('2026-S2')).toBe('II semestre 2026');
    expect(periodLabel('2026-T4')).toBe('IV trimestre 2026');
    expect(periodLabel('2027')).toBe('2027');
    expect(endedPeriods({ startYear: 2025, endYear: 2026, reportingUnit: 'semester' }, '2026-07-01')).toEqual(['2025-S1', '2025-S2', '2026-S1']);
  });

  it('names the period under way: the first before the plan, the last after it', () => {
    const span = { startYear: 2025, endYear: 2026, reportingUnit: 'semester' } as const;
    expect(currentPeriod(span, '2026-03-12')).toBe('2026-S1');
    expect(currentPeriod(span, '2025-06-30')).toBe('2025-S1');
    expect(currentPeriod(span, '2024-11-02')).toBe('2025-S1');
    expect(currentPeriod(span, '2027-01-05')).toBe('2026-S2');
  });
});

describe('plan progress', () => {
  const periods = ['2026-S1', '2026-S2', '2027-S1', '2027-S2'];
  const figures = (targets: Record<string, number>, achieved: Record<string, number>) => ({
    targets: new Map(Object.entries(targets)),
    achieved: new Map(Object.entries(achieved)),
  });

  it('counts missing reports for periods already due as nothing achieved', () => {
    const p = indicatorProgress(figures({ '2026-S1': 10, '2026-S2': 10, '2027-S1': 10 }, { '2026-S1': 9 }), periods.slice(0, 2), periods, periods.slice(0, 2));
    expect(p).toEqual({ targetToDate: 20, achievedToDate: 9, ratio: 0.45, endedRatio: 0.45, overallRatio: 0.3, reported: true });
  });

  it('judges only the periods that have ended: one under way or to come is not late', () => {
    const p = indicatorProgress(figures({ '2026-S1': 10, '2026-S2': 10 }, { '2026-S1': 10 }), periods.slice(0, 2), periods, periods.slice(0, 1));
    expect(p).toMatchObject({ ratio: 0.5, endedRatio: 1 });
    const early = indicatorProgress(figures({ '2026-S1': 10 }, {}), periods.slice(0, 1), periods, []);
    expect(early).toMatchObject({ ratio: 0, endedRatio: null });
    expect(activityStatus([early])).toBe('not_started');
  });

  it('has no ratio where nothing was due, and no overall ratio without targets', () => {
    const p = indicatorProgress(figures({ '2027-S1': 5 }, {}), periods.slice(0, 2), periods, periods);
    expect(p.ratio).toBeNull();
    expect(indicatorProgress(figures({}, { '2026-S1': 3 }), periods, periods, periods).overallRatio).toBeNull();
  });

  it('derives the activity status', () => {
    const make = (ratio: number | null, overallRatio: number | null, reported = true) => ({ targetToDate: 0, achievedToDate: 0, ratio, endedRatio: ratio, overallRatio, reported });
    expect(activityStatus([make(1.1, 1), make(1, 1.2)])).toBe('done');
    expect(activityStatus([make(0.95, 0.5), make(1, 0.5)])).toBe('on_track');
    expect(activityStatus([make(0.89, 0.4), make(1.5, 0.7)])).toBe('behind');
    expect(activityStatus([make(null, 0, false)])).toBe('not_started');
    expect(activityStatus([make(null, 0, true)])).toBe('on_track');
    expect(activityStatus([])).toBe('not_started');
  });

  it('averages with each indicator capped at 100 %', () => {
    const make = (ratio: number | null) => ({ targetToDate: 0, achievedToDate: 0, ratio, endedRatio: ratio, overallRatio: null, reported: true });
    expect(averageProgress([make(2), make(0.5), make(null)])).toBe(0.75);
    expect(averageProgress([make(null)])).toBeNull();
  });
});

describe('figures', () => {
  it('writes soles, quantities and shares as offices print them', () => {
    expect(soles(12500.5)).toBe('S/\u00a012,500.50');
    expect(quantity(1234.567)).toBe('1,234.57');
    expect(percent(0.854)).toBe('85\u00a0%');
    expect(percent(null)).toBe('—');
    expect(share(3, 4)).toBe(0.75);
    expect(share(3, 0)).toBeNull();
  });
});
