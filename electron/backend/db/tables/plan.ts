/** Kysely's view of the local action plan: lines, objectives, activities, budget, indicators, targets and progress. */
import type { Generated } from 'kysely';
import type { FundingSource, PlanStatus } from '../../../../shared/domain/plan';
import type { ReportingUnit } from '../../../../shared/rules/planPeriods';

export interface PlanTable {
  id: Generated<number>;
  title: string;
  start_year: number;
  end_year: number;
  reporting_unit: ReportingUnit;
  status: Generated<PlanStatus>;
  approved_on: string | null;
  approval_agreement_id: number | null;
  approval_reference: Generated<string>;
  presentation_json: Generated<string>;
  monitoring_json: Generated<string>;
  copied_from_id: number | null;
  created_at: string;
  updated_at: string;
}
export interface PlanLineTable {
  id: Generated<number>;
  plan_id: number;
  position: number;
  title: string;
  description: string;
}
export interface PlanObjectiveTable {
  id: Generated<number>;
  plan_id: number;
  line_id: number;
  position: number;
  text: string;
}
export interface PlanActivityTable {
  id: Generated<number>;
  plan_id: number;
  objective_id: number;
  position: number;
  description: string;
  lead_institution_id: number;
  schedule_json: Generated<string>;
  verification: string;
}
export interface PlanActivityInstitutionTable {
  activity_id: number;
  plan_id: number;
  institution_id: number;
  position: number;
}
export interface PlanActivityBudgetTable {
  id: Generated<number>;
  activity_id: number;
  plan_id: number;
  position: number;
  source: FundingSource;
  amount_cents: number;
  note: string;
}
export interface PlanActivityAgreementTable {
  activity_id: number;
  plan_id: number;
  agreement_id: number;
}
export interface PlanIndicatorTable {
  id: Generated<number>;
  plan_id: number;
  activity_id: number;
  position: number;
  name: string;
  unit: string;
  baseline: number;
}
export interface PlanTargetTable {
  indicator_id: number;
  plan_id: number;
  period: string;
  value: number;
}
export interface PlanProgressTable {
  indicator_id: number;
  plan_id: number;
  period: string;
  achieved: number;
  comment: string;
  reported_on: string;
  evidence_name: string | null;
  evidence_type: string | null;
  evidence_data: Buffer | null;
}
