/**
 * A plan's title and period as a form holds them, for a new plan, for editing a draft and for the
 * next plan started from this one. While the title is the one proposed for the years, it follows
 * the years as they change.
 */
import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { ReportingUnit } from '../../../../shared/rules/planPeriods';

export interface PlanValues extends Record<string, unknown> {
  title: string;
  startYear: number | string;
  endYear: number | string;
  reportingUnit: ReportingUnit;
}

export type PlanForm = UseFormReturnType<PlanValues>;

const year = (value: number | string) => (value === '' ? undefined : Number(value));

/** What the schemas check: years as numbers, an empty one as missing. */
export const planFields = (values: PlanValues) => ({
  title: values.title,
  startYear: year(values.startYear),
  endYear: year(values.endYear),
  reportingUnit: values.reportingUnit,
});

/** "2026-2027" as titles write it, with another dash if asked. */
const titleSpan = (startYear: number, endYear: number, dash = '-') => (startYear === endYear ? String(startYear) : `${startYear}${dash}${endYear}`);

const proposedTitle = (t: TFunction, values: PlanValues) => {
  const startYear = year(values.startYear);
  const endYear = year(values.endYear);
  return startYear && endYear ? t('plan.form.proposedTitle', { span: titleSpan(startYear, endYear) }) : values.title;
};

/** Biennial by default: this year and the next. */
export function newPlanValues(t: TFunction, thisYear: number): PlanValues {
  const values: PlanValues = { title: '', startYear: thisYear, endYear: thisYear + 1, reportingUnit: 'year' };
  return { ...values, title: proposedTitle(t, values) };
}

/** The next period, as long as this one, with the title's years moved on when it names them. */
export function nextPlanValues(t: TFunction, plan: { title: string; startYear: number; endYear: number; reportingUnit: ReportingUnit }): PlanValues {
  const startYear = plan.endYear + 1;
  const endYear = startYear + (plan.endYear - plan.startYear);
  const next: PlanValues = { title: '', startYear, endYear, reportingUnit: plan.reportingUnit };
  const dash = ['-', '–'].find((d) => plan.title.includes(titleSpan(plan.startYear, plan.endYear, d)));
  return {
    ...next,
    title: dash ? plan.title.replace(titleSpan(plan.startYear, plan.endYear, dash), titleSpan(startYear, endYear, dash)) : proposedTitle(t, next),
  };
}

/** Keeps a proposed title in step with the years; a title the user wrote stays as it is. */
export const followProposedTitle = (t: TFunction) => (values: PlanValues, previous: PlanValues, form: PlanForm) => {
  const yearsChanged = values.startYear !== previous.startYear || values.endYear !== previous.endYear;
  if (yearsChanged && previous.title === proposedTitle(t, previous)) form.setFieldValue('title', proposedTitle(t, values));
};
