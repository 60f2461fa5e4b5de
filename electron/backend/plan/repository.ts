/** Queries for local action plans. Every structure table carries `plan_id`, so a whole plan loads in a few flat reads. */
import type { Insertable, Updateable } from 'kysely';
import type {
  PlanActivityBudgetTable,
  PlanActivityTable,
  PlanIndicatorTable,
  PlanLineTable,
  PlanObjectiveTable,
  PlanProgressTable,
  PlanTable,
} from '../db/schema';
import type { Db } from '../db/types';

export const findPlan = (db: Db, id: number) => db.selectFrom('plan').selectAll().where('id', '=', id).executeTakeFirst();

export const listPlans = (db: Db) => db.selectFrom('plan').selectAll().orderBy('start_year', 'desc').orderBy('id', 'desc').execute();

export async function insertPlan(db: Db, row: Insertable<PlanTable>): Promise<number> {
  const { id } = await db.insertInto('plan').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updatePlan(db: Db, id: number, changes: Updateable<PlanTable>): Promise<void> {
  await db.updateTable('plan').set(changes).where('id', '=', id).execute();
}

export async function deletePlan(db: Db, id: number): Promise<void> {
  await db.deleteFrom('plan').where('id', '=', id).execute();
}

/** Every row of a plan's structure, flat and ordered; the service assembles the tree. */
export async function loadPlanRows(db: Db, planId: number) {
  const [lines, objectives, activities, coResponsibles, budget, agreements, indicators, targets, progress] = await Promise.all([
    db.selectFrom('plan_line').selectAll().where('plan_id', '=', planId).orderBy('position').execute(),
    db.selectFrom('plan_objective').selectAll().where('plan_id', '=', planId).orderBy('position').execute(),
    db
      .selectFrom('plan_activity')
      .innerJoin('institution', 'institution.id', 'plan_activity.lead_institution_id')
      .selectAll('plan_activity')
      .select('institution.name as lead_name')
      .where('plan_activity.plan_id', '=', planId)
      .orderBy('plan_activity.position')
      .execute(),
    db
      .selectFrom('plan_activity_institution')
      .innerJoin('institution', 'institution.id', 'plan_activity_institution.institution_id')
      .select(['plan_activity_institution.activity_id', 'plan_activity_institution.institution_id', 'institution.name'])
      .where('plan_activity_institution.plan_id', '=', planId)
      .orderBy('plan_activity_institution.position')
      .execute(),
    db.selectFrom('plan_activity_budget').selectAll().where('plan_id', '=', planId).orderBy('position').execute(),
    db
      .selectFrom('plan_activity_agreement')
      .innerJoin('agreement', 'agreement.id', 'plan_activity_agreement.agreement_id')
      .select(['plan_activity_agreement.activity_id', 'agreement.id', 'agreement.number_text'])
      .where('plan_activity_agreement.plan_id', '=', planId)
      .orderBy('agreement.year')
      .orderBy('agreement.number')
      .execute(),
    db.selectFrom('plan_indicator').selectAll().where('plan_id', '=', planId).orderBy('position').execute(),
    db.selectFrom('plan_target').selectAll().where('plan_id', '=', planId).orderBy('period').execute(),
    db
      .selectFrom('plan_progress')
      .select(['indicator_id', 'period', 'achieved', 'comment', 'reported_on', 'evidence_name'])
      .where('plan_id', '=', planId)
      .orderBy('period')
      .execute(),
  ]);
  return { lines, objectives, activities, coResponsibles, budget, agreements, indicators, targets, progress };
}
export type PlanRows = Awaited<ReturnType<typeof loadPlanRows>>;

/** The tables of the structure, by node kind, with the column that points at the parent. */
export const NODE_TABLES = {
  line: { table: 'plan_line', parent: 'plan_id' },
  objective: { table: 'plan_objective', parent: 'line_id' },
  activity: { table: 'plan_activity', parent: 'objective_id' },
  indicator: { table: 'plan_indicator', parent: 'activity_id' },
} as const;
export type NodeKind = keyof typeof NODE_TABLES;

export async function findNode(db: Db, kind: NodeKind, id: number): Promise<{ id: number; plan_id: number; parent: number; position: number } | undefined> {
  const { table, parent } = NODE_TABLES[kind];
  const row = await db
    .selectFrom(table)
    .select(['id', 'plan_id', 'position', `${parent} as parent` as 'plan_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row as { id: number; plan_id: number; parent: number; position: number } | undefined;
}

export async function siblings(db: Db, kind: NodeKind, parentId: number): Promise<{ id: number; position: number }[]> {
  const { table, parent } = NODE_TABLES[kind];
  return db.selectFrom(table).select(['id', 'position']).where(parent, '=', parentId).orderBy('position').execute();
}

export async function setPosition(db: Db, kind: NodeKind, id: number, position: number): Promise<void> {
  await db.updateTable(NODE_TABLES[kind].table).set({ position }).where('id', '=', id).execute();
}

export async function deleteNode(db: Db, kind: NodeKind, id: number): Promise<void> {
  await db.deleteFrom(NODE_TABLES[kind].table).where('id', '=', id).execute();
}

export async function nextPosition(db: Db, kind: NodeKind, parentId: number): Promise<number> {
  const rows = await siblings(db, kind, parentId);
  return (rows.at(-1)?.position ?? 0) + 1;
}

export async function insertLine(db: Db, row: Insertable<PlanLineTable>): Promise<number> {
  const { id } = await db.insertInto('plan_line').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateLine(db: Db, id: number, changes: Updateable<PlanLineTable>): Promise<void> {
  await db.updateTable('plan_line').set(changes).where('id', '=', id).execute();
}

export async function insertObjective(db: Db, row: Insertable<PlanObjectiveTable>): Promise<number> {
  const { id } = await db.insertInto('plan_objective').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateObjective(db: Db, id: number, changes: Updateable<PlanObjectiveTable>): Promise<void> {
  await db.updateTable('plan_objective').set(changes).where('id', '=', id).execute();
}

export async function insertActivity(db: Db, row: Insertable<PlanActivityTable>): Promise<number> {
  const { id } = await db.insertInto('plan_activity').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateActivity(db: Db, id: number, changes: Updateable<PlanActivityTable>): Promise<void> {
  await db.updateTable('plan_activity').set(changes).where('id', '=', id).execute();
}

export const findIndicator = (db: Db, id: number) => db.selectFrom('plan_indicator').select(['id', 'plan_id']).where('id', '=', id).executeTakeFirst();

export async function insertIndicator(db: Db, row: Insertable<PlanIndicatorTable>): Promise<number> {
  const { id } = await db.insertInto('plan_indicator').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateIndicator(db: Db, id: number, changes: Updateable<PlanIndicatorTable>): Promise<void> {
  await db.updateTable('plan_indicator').set(changes).where('id', '=', id).execute();
}

// Activity details, replaced whole on each save.

export async function replaceActivityDetails(
  db: Db,
  planId: number,
  activityId: number,
  details: { coResponsibleIds: number[]; budget: Pick<PlanActivityBudgetTable, 'source' | 'amount_cents' | 'note'>[]; agreementIds: number[] },
): Promise<void> {
  await db.deleteFrom('plan_activity_institution').where('activity_id', '=', activityId).execute();
  await db.deleteFrom('plan_activity_budget').where('activity_id', '=', activityId).execute();
  await db.deleteFrom('plan_activity_agreement').where('activity_id', '=', activityId).execute();
  const base = { activity_id: activityId, plan_id: planId };
  if (details.coResponsibleIds.length > 0) {
    await db
      .insertInto('plan_activity_institution')
      .values(details.coResponsibleIds.map((institution_id, position) => ({ ...base, institution_id, position })))
      .execute();
  }
  if (details.budget.length > 0) {
    await db
      .insertInto('plan_activity_budget')
      .values(details.budget.map((line, index) => ({ ...base, position: index + 1, ...line })))
      .execute();
  }
  if (details.agreementIds.length > 0) {
    await db
      .insertInto('plan_activity_agreement')
      .values(details.agreementIds.map((agreement_id) => ({ ...base, agreement_id })))
      .execute();
  }
}

export async function replaceTargets(db: Db, planId: number, indicatorId: number, targets: { period: string; value: number }[]): Promise<void> {
  await db.deleteFrom('plan_target').where('indicator_id', '=', indicatorId).execute();
  if (targets.length > 0) {
    await db
      .insertInto('plan_target')
      .values(targets.map((t) => ({ indicator_id: indicatorId, plan_id: planId, ...t })))
      .execute();
  }
}

// Progress

export async function upsertProgress(db: Db, row: PlanProgressTable, keepEvidence: boolean): Promise<void> {
  const { indicator_id: _i, plan_id: _p, period: _period, ...changes } = row;
  const update = keepEvidence ? { achieved: changes.achieved, comment: changes.comment, reported_on: changes.reported_on } : changes;
  await db
    .insertInto('plan_progress')
    .values(row)
    .onConflict((oc) => oc.columns(['indicator_id', 'period']).doUpdateSet(update))
    .execute();
}

export const findEvidence = (db: Db, indicatorId: number, period: string) =>
  db
    .selectFrom('plan_progress')
    .select(['evidence_name', 'evidence_type', 'evidence_data'])
    .where('indicator_id', '=', indicatorId)
    .where('period', '=', period)
    .executeTakeFirst();
