/**
 * Local action plans. Every change refreshes the whole "plans" domain: the list, the plan's page
 * and its progress overview, so the charts follow a report as soon as it is saved.
 */
import type { MethodName } from '../../../../shared/contract';
import { useApiMutation, useApiQuery } from '../../api';

export const usePlans = () => useApiQuery('plans.list', {});
export const usePlan = (id: number) => useApiQuery('plans.get', { id });

/** Progress as of a period; null asks for the backend's default (the last period that has ended). */
export const usePlanProgress = (id: number, asOf: string | null, enabled = true) =>
  useApiQuery('plans.progress', { id, asOf }, { enabled, placeholderData: (previous) => previous });

type PlansMethod = Extract<MethodName, `plans.${string}`>;

export const usePlansMutation = <M extends PlansMethod>(method: M) => useApiMutation(method, { invalidates: ['plans'] });

/** Removing a plan refreshes nothing by itself: the page leaves it first, then refreshes. */
export const useRemovePlan = () => useApiMutation('plans.remove');
