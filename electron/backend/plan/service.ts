/** Local action plans as a whole: create, edit while a draft, approve, close, and start the next one from this one. */
import type { ParsedInput as In } from '../../../shared/contract';
import type { Plan, PlanSummary } from '../../../shared/domain/plan';
import { quarters, reportingPeriods } from '../../../shared/rules/planPeriods';
import { AppError, fieldError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { inTransaction } from '../db/transaction';
import { approvalRecord, requireApprovalAgreement } from '../agreements/approval';
import { requireDraftPlan, requirePlan } from './guards';
import * as repo from './repository';
import { planDto, spanOf, summaryOf } from './tree';

export async function listPlans(ctx: ServiceContext): Promise<PlanSummary[]> {
  const rows = await repo.listPlans(ctx.db);
  return Promise.all(
    rows.map(async (row) => summaryOf(row, await repo.loadPlanRows(ctx.db, row.id), await approvalRecord(ctx.db, row))),
  );
}

export async function getPlan(ctx: ServiceContext, id: number): Promise<Plan> {
  const row = await requirePlan(ctx.db, id);
  const [rows, approval] = await Promise.all([repo.loadPlanRows(ctx.db, id), approvalRecord(ctx.db, row)]);
  return planDto(row, rows, approval);
}

export async function createPlan(ctx: ServiceContext, input: In<'plan.create'>): Promise<Plan> {
  const now = ctx.clock.now();
  const id = await repo.insertPlan(ctx.db, {
    title: input.title,
    start_year: input.startYear,
    end_year: input.endYear,
    reporting_unit: input.reportingUnit,
    approved_on: null,
    approval_agreement_id: null,
    copied_from_id: null,
    created_at: now,
    updated_at: now,
  });
  return getPlan(ctx, id);
}

export async function updatePlan(ctx: ServiceContext, input: In<'plan.update'>): Promise<Plan> {
  await inTransaction(ctx, async (tx) => {
    await requireDraftPlan(tx.db, input.id);
    // Targets and schedules already set must still fit a shortened period.
    const span = { startYear: input.startYear, endYear: input.endYear, reportingUnit: input.reportingUnit };
    const periods = new Set(reportingPeriods(span));
    const grid = new Set(quarters(span));
    const rows = await repo.loadPlanRows(tx.db, input.id);
    if (rows.targets.some((t) => !periods.has(t.period))) throw fieldError('CONFLICT', 'endYear', 'plan.dataOutsidePeriod');
    if (rows.activities.some((a) => (JSON.parse(a.schedule_json) as string[]).some((q) => !grid.has(q)))) {
      throw fieldError('CONFLICT', 'endYear', 'plan.dataOutsidePeriod');
    }
    await repo.updatePlan(tx.db, input.id, {
      title: input.title,
      start_year: input.startYear,
      end_year: input.endYear,
      reporting_unit: input.reportingUnit,
      presentation_json: JSON.stringify(input.presentation),
      monitoring_json: JSON.stringify(input.monitoring),
      updated_at: ctx.clock.now(),
    });
  });
  return getPlan(ctx, input.id);
}

export async function removePlan(ctx: ServiceContext, id: number): Promise<null> {
  await inTransaction(ctx, async (tx) => {
    await requireDraftPlan(tx.db, id);
    await repo.deletePlan(tx.db, id);
  });
  return null;
}

export async function approvePlan(ctx: ServiceContext, input: In<'plan.approve'>): Promise<Plan> {
  await inTransaction(ctx, async (tx) => {
    await requireDraftPlan(tx.db, input.id);
    await requireApprovalAgreement(tx.db, input.agreementId);
    const rows = await repo.loadPlanRows(tx.db, input.id);
    if (rows.activities.length === 0) throw new AppError('CONFLICT', 'plan.emptyPlan');
    await repo.updatePlan(tx.db, input.id, {
      status: 'aprobado',
      approved_on: input.approvedOn,
      approval_agreement_id: input.agreementId,
      approval_reference: input.agreementId === null ? input.reference : '',
      updated_at: ctx.clock.now(),
    });
  });
  return getPlan(ctx, input.id);
}

export async function closePlan(ctx: ServiceContext, id: number): Promise<Plan> {
  await inTransaction(ctx, async (tx) => {
    const row = await requirePlan(tx.db, id);
    if (row.status !== 'aprobado') throw new AppError('CONFLICT', 'plan.notApproved');
    await repo.updatePlan(tx.db, id, { status: 'cerrado', updated_at: ctx.clock.now() });
  });
  return getPlan(ctx, id);
}

/**
 * Copies the structure (lines, objectives, activities with their responsibles, budget lines and
 * verification, indicators with their baseline) into a new draft for the next period. Targets,
 * schedules, linked agreements and progress belong to the old period and stay behind.
 */
export async function copyToNextPlan(ctx: ServiceContext, input: In<'plan.copyToNext'>): Promise<Plan> {
  const id = await inTransaction(ctx, async (tx) => {
    const source = await requirePlan(tx.db, input.id);
    const rows = await repo.loadPlanRows(tx.db, source.id);
    const now = ctx.clock.now();
    const newId = await repo.insertPlan(tx.db, {
      title: input.title,
      start_year: input.startYear,
      end_year: input.endYear,
      reporting_unit: spanOf(source).reportingUnit,
      approved_on: null,
      approval_agreement_id: null,
      presentation_json: source.presentation_json,
      monitoring_json: source.monitoring_json,
      copied_from_id: source.id,
      created_at: now,
      updated_at: now,
    });
    const lineIds = new Map<number, number>();
    for (const line of rows.lines) {
      lineIds.set(line.id, await repo.insertLine(tx.db, { plan_id: newId, position: line.position, title: line.title, description: line.description }));
    }
    const objectiveIds = new Map<number, number>();
    for (const o of rows.objectives) {
      objectiveIds.set(o.id, await repo.insertObjective(tx.db, { plan_id: newId, line_id: lineIds.get(o.line_id)!, position: o.position, text: o.text }));
    }
    for (const a of rows.activities) {
      const newActivity = await repo.insertActivity(tx.db, {
        plan_id: newId,
        objective_id: objectiveIds.get(a.objective_id)!,
        position: a.position,
        description: a.description,
        lead_institution_id: a.lead_institution_id,
        verification: a.verification,
      });
      await repo.replaceActivityDetails(tx.db, newId, newActivity, {
        coResponsibleIds: rows.coResponsibles.filter((c) => c.activity_id === a.id).map((c) => c.institution_id),
        budget: rows.budget.filter((b) => b.activity_id === a.id).map((b) => ({ source: b.source, amount_cents: b.amount_cents, note: b.note })),
        agreementIds: [],
      });
      for (const i of rows.indicators.filter((x) => x.activity_id === a.id)) {
        await repo.insertIndicator(tx.db, { plan_id: newId, activity_id: newActivity, position: i.position, name: i.name, unit: i.unit, baseline: i.baseline });
      }
    }
    return newId;
  });
  return getPlan(ctx, id);
}
