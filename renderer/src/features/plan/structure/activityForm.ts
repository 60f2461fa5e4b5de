/** An activity as its form holds it: ids as the selects' strings, amounts as typed. */
import type { Activity, FundingSource } from '../../../../../shared/domain/plan';

export interface BudgetValues {
  source: FundingSource;
  amount: number | string;
  note: string;
}

export interface ActivityValues extends Record<string, unknown> {
  description: string;
  leadInstitutionId: string | null;
  coResponsibleIds: string[];
  schedule: string[];
  budget: BudgetValues[];
  verification: string;
  agreementIds: string[];
}

export const NEW_BUDGET_LINE: BudgetValues = { source: 'municipal', amount: '', note: '' };

export function activityValues(activity: Activity | undefined): ActivityValues {
  return {
    description: activity?.description ?? '',
    leadInstitutionId: activity ? String(activity.leadInstitutionId) : null,
    coResponsibleIds: (activity?.coResponsibleIds ?? []).map(String),
    schedule: activity?.schedule ?? [],
    budget: (activity?.budget ?? []).map(({ source, amount, note }) => ({ source, amount, note })),
    verification: activity?.verification ?? '',
    agreementIds: (activity?.agreements ?? []).map((a) => String(a.id)),
  };
}

/** What plan.saveActivity receives; a missing choice or amount is left for the schema to name. */
export function toActivityInput(objectiveId: number, id: number | undefined, values: ActivityValues) {
  return {
    objectiveId,
    id,
    description: values.description,
    leadInstitutionId: values.leadInstitutionId === null ? undefined : Number(values.leadInstitutionId),
    coResponsibleIds: values.coResponsibleIds.map(Number),
    schedule: values.schedule,
    budget: values.budget.map((b) => ({ source: b.source, amount: b.amount === '' ? undefined : Number(b.amount), note: b.note })),
    verification: values.verification,
    agreementIds: values.agreementIds.map(Number),
  };
}
