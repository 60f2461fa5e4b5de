/**
 * Target versus actual for the local action plan. Each indicator has targets per reporting
 * period and an achieved value per period reported. "To date" means every period up to the one
 * asked for: a period with a target and no report counts as nothing achieved, since the plan
 * said something would happen and nobody reported it. Only periods that have ended can make an
 * activity behind: before the plan or a period starts, and while it is under way, nothing is late.
 */

/** At or above this share of the target to date, an activity is on track. */
export const ON_TRACK_SHARE = 0.9;

export interface IndicatorFigures {
  /** Target per period code. */
  targets: ReadonlyMap<string, number>;
  /** Achieved value per period reported. */
  achieved: ReadonlyMap<string, number>;
}

export interface IndicatorProgress {
  targetToDate: number;
  achievedToDate: number;
  /** achieved / target to date, 0–1 and beyond; null when nothing was due yet. */
  ratio: number | null;
  /** The same over the periods to date that have ended: what "behind" is judged on. */
  endedRatio: number | null;
  /** Achieved over all periods against the plan's whole target; null when there is no target. */
  overallRatio: number | null;
  reported: boolean;
}

const sum = (map: ReadonlyMap<string, number>, periods: readonly string[]) => periods.reduce((total, p) => total + (map.get(p) ?? 0), 0);

const ratioOver = (figures: IndicatorFigures, periods: readonly string[]): number | null => {
  const target = sum(figures.targets, periods);
  return target > 0 ? sum(figures.achieved, periods) / target : null;
};

/**
 * Progress of one indicator up to `periodsToDate` (in order), out of all the plan's `allPeriods`;
 * `ended` are the periods over by today.
 */
export function indicatorProgress(
  figures: IndicatorFigures,
  periodsToDate: readonly string[],
  allPeriods: readonly string[],
  ended: readonly string[],
): IndicatorProgress {
  const targetToDate = sum(figures.targets, periodsToDate);
  const achievedToDate = sum(figures.achieved, periodsToDate);
  const totalTarget = sum(figures.targets, allPeriods);
  return {
    targetToDate,
    achievedToDate,
    ratio: targetToDate > 0 ? achievedToDate / targetToDate : null,
    endedRatio: ratioOver(figures, periodsToDate.filter((p) => ended.includes(p))),
    overallRatio: totalTarget > 0 ? sum(figures.achieved, allPeriods) / totalTarget : null,
    reported: periodsToDate.some((p) => figures.achieved.has(p)),
  };
}

export const ACTIVITY_STATUSES = ['not_started', 'on_track', 'behind', 'done'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/**
 * An activity is done when every indicator met its whole target; not started while nothing was
 * reported and nothing was due in a period that has ended; behind when any indicator is under the
 * on-track share of what was due in the periods ended; on track otherwise.
 */
export function activityStatus(indicators: readonly IndicatorProgress[]): ActivityStatus {
  if (indicators.length > 0 && indicators.every((i) => i.overallRatio !== null && i.overallRatio >= 1)) return 'done';
  const due = indicators.filter((i) => i.endedRatio !== null);
  if (due.some((i) => (i.endedRatio as number) < ON_TRACK_SHARE)) return 'behind';
  if (!indicators.some((i) => i.reported) && due.length === 0) return 'not_started';
  return 'on_track';
}

/** Average of the indicators' ratios to date, each capped at 100 %: over-achieving one does not hide another. */
export function averageProgress(indicators: readonly IndicatorProgress[]): number | null {
  const due = indicators.map((i) => i.ratio).filter((r): r is number => r !== null);
  if (due.length === 0) return null;
  return due.reduce((total, r) => total + Math.min(1, r), 0) / due.length;
}
