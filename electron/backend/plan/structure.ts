/** Editing a draft plan's structure: lines, objectives, activities and indicators, in order. */
import type { ParsedInput as In } from '../../../shared/contract';
import type { Plan } from '../../../shared/domain/plan';
import { quarters, reportingPeriods } from '../../../shared/rules/planPeriods';
import { AppError, fieldError } from '../../../shared/result';
import { findAgreementIds } from '../agreements/repository';
import type { ServiceContext } from '../context';
import { inTransaction } from '../db/transaction';
import type { Db } from '../db/types';
import { assertMembers, requireDraftPlan } from './guards';
import * as repo from './repository';
import { getPlan } from './service';
import { spanOf } from './tree';

/** The node, which must exist in a draft plan; returns its plan id. */
async function requireDraftNode(db: Db, kind: repo.NodeKind, id: number): Promise<number> {
  const node = await repo.findNode(db, kind, id);
  if (!node) throw new AppError('NOT_FOUND', 'plan.nodeNotFound');
  await requireDraftPlan(db, node.plan_id);
  return node.plan_id;
}

export async function saveLine(ctx: ServiceContext, input: In<'plan.saveLine'>): Promise<Plan> {
  await inTransaction(ctx, async (tx) => {
    await requireDraftPlan(tx.db, input.planId);
    if (input.id !== undefined) {
      if ((await requireDraftNode(tx.db, 'line', input.id)) !== input.planId) throw new AppError('NOT_FOUND', 'plan.nodeNotFound');
      await repo.updateLine(tx.db, input.id, { title: input.title, description: input.description });
    } else {
      const position = await repo.nextPosition(tx.db, 'line', input.planId);
      await repo.insertLine(tx.db, { plan_id: input.planId, position, title: input.title, description: input.description });
    }
  });
  return getPlan(ctx, input.planId);
}

export async function saveObjective(ctx: ServiceContext, input: In<'plan.saveObjective'>): Promise<Plan> {
  const planId = await inTransaction(ctx, async (tx) => {
    const plan = await requireDraftNode(tx.db, 'line', input.lineId);
    if (input.id !== undefined) {
      await requireDraftNode(tx.db, 'objective', input.id);
      await repo.updateObjective(tx.db, input.id, { text: input.text, line_id: input.lineId });
    } else {
      const position = await repo.nextPosition(tx.db, 'objective', input.lineId);
      await repo.insertObjective(tx.db, { plan_id: plan, line_id: input.lineId, position, text: input.text });
    }
    return plan;
  });
  return getPlan(ctx, planId);
}

export async function saveActivity(ctx: ServiceContext, input: In<'plan.saveActivity'>): Promise<Plan> {
  const planId = await inTransaction(ctx, async (tx) => {
    const plan = await requireDraftNode(tx.db, 'objective', input.objectiveId);
    const grid = new Set(quarters(spanOf(await requireDraftPlan(tx.db, plan))));
    if (input.schedule.some((q) => !grid.has(q))) throw fieldError('VALIDATION', 'schedule', 'plan.scheduleOutsidePeriod');
    await assertMembers(tx.db, [input.leadInstitutionId], 'leadInstitutionId');
    await assertMembers(tx.db, input.coResponsibleIds, 'coResponsibleIds');
    const agreements = await findAgreementIds(tx.db, input.agreementIds);
    if (agreements.length !== new Set(input.agreementIds).size) throw fieldError('VALIDATION', 'agreementIds', 'plan.agreementNotFound');
    const fields = {
      objective_id: input.objectiveId,
      description: input.description,
      lead_institution_id: input.leadInstitutionId,
      schedule_json: JSON.stringify([...new Set(input.schedule)].sort()),
      verification: input.verification,
    };
    let activityId = input.id;
    if (activityId !== undefined) {
      await requireDraftNode(tx.db, 'activity', activityId);
      await repo.updateActivity(tx.db, activityId, fields);
    } else {
      const position = await repo.nextPosition(tx.db, 'activity', input.objectiveId);
      activityId = await repo.insertActivity(tx.db, { ...fields, plan_id: plan, position });
    }
    await repo.replaceActivityDetails(tx.db, plan, activityId, {
      coResponsibleIds: [...new Set(input.coResponsibleIds.filter((id) => id !== input.leadInstitutionId))],
      budget: input.budget.map((b) => ({ source: b.source, amount_cents: Math.round(b.amount * 100), note: b.note })),
      agreementIds: [...new Set(input.agreementIds)],
    });
    return plan;
  });
  return getPlan(ctx, planId);
}

export async function saveIndicator(ctx: ServiceContext, input: In<'plan.saveIndicator'>): Promise<Plan> {
  const planId = await inTransaction(ctx, async (tx) => {
    const plan = await requireDraftNode(tx.db, 'activity', input.activityId);
    const periods = new Set(reportingPeriods(spanOf(await requireDraftPlan(tx.db, plan))));
    const outside = input.targets.find((t) => !periods.has(t.period));
    if (outside) throw fieldError('VALIDATION', 'targets', 'plan.targetOutsidePeriod', { period: outside.period });
    if (new Set(input.targets.map((t) => t.period)).size !== input.targets.length) throw fieldError('VALIDATION', 'targets', 'plan.targetRepeated');
    const fields = { activity_id: input.activityId, name: input.name, unit: input.unit, baseline: input.baseline };
    let indicatorId = input.id;
    if (indicatorId !== undefined) {
      await requireDraftNode(tx.db, 'indicator', indicatorId);
      await repo.updateIndicator(tx.db, indicatorId, fields);
    } else {
      const position = await repo.nextPosition(tx.db, 'indicator', input.activityId);
      indicatorId = await repo.insertIndicator(tx.db, { ...fields, plan_id: plan, position });
    }
    await repo.replaceTargets(tx.db, plan, indicatorId, input.targets);
    return plan;
  });
  return getPlan(ctx, planId);
}

export async function removeNode(ctx: ServiceContext, input: In<'plan.removeNode'>): Promise<Plan> {
  const planId = await inTransaction(ctx, async (tx) => {
    const plan = await requireDraftNode(tx.db, input.kind, input.id);
    await repo.deleteNode(tx.db, input.kind, input.id);
    return plan;
  });
  return getPlan(ctx, planId);
}

export async function moveNode(ctx: ServiceContext, input: In<'plan.moveNode'>): Promise<Plan> {
  const planId = await inTransaction(ctx, async (tx) => {
    const plan = await requireDraftNode(tx.db, input.kind, input.id);
    const node = (await repo.findNode(tx.db, input.kind, input.id))!;
    const list = await repo.siblings(tx.db, input.kind, node.parent);
    const index = list.findIndex((s) => s.id === input.id);
    const other = list[input.direction === 'up' ? index - 1 : index + 1];
    if (other) {
      await repo.setPosition(tx.db, input.kind, input.id, other.position);
      await repo.setPosition(tx.db, input.kind, other.id, node.position);
    }
    return plan;
  });
  return getPlan(ctx, planId);
}
