/**
 * The periods whose progress can be reported today: those that have begun. The backend decides
 * (and refuses a period not yet begun); this only keeps such periods out of the list offered.
 */
import { endedPeriods } from '../../../../../shared/rules/planPeriods';
import type { Plan } from '../../../../../shared/domain/plan';

export function reportablePeriods(plan: Plan, today: string): string[] {
  if (`${plan.startYear}-01-01` > today) return [];
  // Every period that has ended, and the one under way.
  return plan.periods.slice(0, endedPeriods(plan, today).length + 1);
}
