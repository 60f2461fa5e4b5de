/**
 * Local action plans. Every change refreshes the whole "plan" domain: the list, the plan's page
 * and its progress overview, so the charts follow a report as soon as it is saved.
 */
import type { MethodName } from '../../../../shared/contract';
import { useApiMutation, useApiQuery } from '../../api';

export const usePlans = () => useApiQuery('plan.list', {});
export const usePlan = (id: number) => useApiQuery('plan.get', { id });

/** Progress as of a period; null asks for the backend's default (the last period that has ended). */
export const usePlanProgress = (id: number, asOf: string | null, enabled = true) =>
  useApiQuery('plan.progress', { id, asOf }, { enabled, placeholderData: (previous) => previous });

type PlanMethod = Extract<MethodName, `plan.${string}`>;

export const usePlanMutation = <M extends PlanMethod>(method: M) => useApiMutation(method, { invalidates: ['plan'] });

/** Removing a plan refreshes nothing by itself: the page leaves it first, then refreshes. */
export const useRemovePlan = () => useApiMutation('plan.remove');
