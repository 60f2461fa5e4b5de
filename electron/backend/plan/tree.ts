/** A plan's flat rows assembled into the tree the screens and documents use. */
import type { Selectable } from 'kysely';
import type { Activity, Plan, PlanSummary, StrategicLine } from '../../../shared/domain/plan';
import type { ApprovalRecord } from '../../../shared/domain/approval';
import { richText } from '../../../shared/domain/richText';
import { groupBy } from '../../../shared/rules/groupBy';
import { quarters, reportingPeriods } from '../../../shared/rules/planPeriods';
import type { PlanTable } from '../db/schema';
import type { PlanRows } from './repository';

type PlanRow = Selectable<PlanTable>;

export const spanOf = (row: PlanRow) => ({
  startYear: row.start_year,
  endYear: row.end_year,
  reportingUnit: row.reporting_unit,
});

export function buildLines(rows: PlanRows): StrategicLine[] {
  const objectivesByLine = groupBy(rows.objectives, (o) => o.line_id);
  const activitiesByObjective = groupBy(rows.activities, (a) => a.objective_id);
  const indicatorsByActivity = groupBy(rows.indicators, (i) => i.activity_id);
  const coByActivity = groupBy(rows.coResponsibles, (c) => c.activity_id);
  const budgetByActivity = groupBy(rows.budget, (b) => b.activity_id);
  const agreementsByActivity = groupBy(rows.agreements, (a) => a.activity_id);
  const targetsByIndicator = groupBy(rows.targets, (t) => t.indicator_id);
  const progressByIndicator = groupBy(rows.progress, (p) => p.indicator_id);

  const activity = (a: PlanRows['activities'][number]): Activity => ({
    id: a.id,
    position: a.position,
    description: a.description,
    leadInstitutionId: a.lead_institution_id,
    leadInstitutionName: a.lead_name,
    coResponsibleIds: (coByActivity.get(a.id) ?? []).map((c) => c.institution_id),
    coResponsibleNames: (coByActivity.get(a.id) ?? []).map((c) => c.name),
    schedule: JSON.parse(a.schedule_json) as string[],
    budget: (budgetByActivity.get(a.id) ?? []).map((b) => ({ source: b.source, amount: b.amount_cents / 100, note: b.note })),
    verification: a.verification,
    agreements: (agreementsByActivity.get(a.id) ?? []).map((g) => ({ id: g.id, numberText: g.number_text })),
    indicators: (indicatorsByActivity.get(a.id) ?? []).map((i) => ({
      id: i.id,
      position: i.position,
      name: i.name,
      unit: i.unit,
      baseline: i.baseline,
      targets: (targetsByIndicator.get(i.id) ?? []).map((t) => ({ period: t.period, value: t.value })),
      progress: (progressByIndicator.get(i.id) ?? []).map((p) => ({
        period: p.period,
        achieved: p.achieved,
        comment: p.comment,
        reportedOn: p.reported_on,
        evidenceName: p.evidence_name,
      })),
    })),
  });

  return rows.lines.map((line) => ({
    id: line.id,
    position: line.position,
    title: line.title,
    description: line.description,
    objectives: (objectivesByLine.get(line.id) ?? []).map((o) => ({
      id: o.id,
      position: o.position,
      text: o.text,
      activities: (activitiesByObjective.get(o.id) ?? []).map(activity),
    })),
  }));
}

export function summaryOf(row: PlanRow, rows: Pick<PlanRows, 'activities' | 'indicators' | 'budget'>, approval: ApprovalRecord): PlanSummary {
  return {
    id: row.id,
    title: row.title,
    startYear: row.start_year,
    endYear: row.end_year,
    reportingUnit: row.reporting_unit,
    status: row.status,
    approval,
    activityCount: rows.activities.length,
    indicatorCount: rows.indicators.length,
    totalBudget: rows.budget.reduce((total, b) => total + b.amount_cents, 0) / 100,
  };
}

export function planDto(row: PlanRow, rows: PlanRows, approval: ApprovalRecord): Plan {
  const span = spanOf(row);
  return {
    ...summaryOf(row, rows, approval),
    presentation: richText.parse(JSON.parse(row.presentation_json)),
    monitoring: richText.parse(JSON.parse(row.monitoring_json)),
    copiedFromId: row.copied_from_id,
    periods: reportingPeriods(span),
    quarters: quarters(span),
    lines: buildLines(rows),
    locked: row.status !== 'borrador',
  };
}
