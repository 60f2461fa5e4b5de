/**
 * Progress of an approved plan: achieved values reported per indicator and period (with optional
 * evidence), and the overview the screens chart: target versus actual per indicator, activity
 * statuses, and progress by strategic line and by institution.
 */
import type { ParsedInput as In } from '../../../shared/contract';
import type { Plan, PlanProgress } from '../../../shared/domain/plan';
import type { ExportedFile } from '../../../shared/domain/sessions';
import { currentPeriod, endedPeriods, periodEnd, reportingPeriods } from '../../../shared/rules/planPeriods';
import {
  ACTIVITY_STATUSES,
  type ActivityStatus,
  activityStatus,
  averageProgress,
  indicatorProgress,
  type IndicatorProgress,
} from '../../../shared/rules/planProgress';
import { groupBy } from '../../../shared/rules/groupBy';
import { AppError, fieldError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { readEvidence } from '../files/evidence';
import { inTransaction } from '../db/transaction';
import { requirePlan } from './guards';
import * as repo from './repository';
import { getPlan } from './service';
import { spanOf } from './tree';

export async function reportProgress(ctx: ServiceContext, input: In<'plan.reportProgress'>): Promise<Plan> {
  const evidence = input.evidence === null ? null : readEvidence(input.evidence, 'evidence', 'plan.evidenceNotAccepted');
  const planId = await inTransaction(ctx, async (tx) => {
    const indicator = await repo.findIndicator(tx.db, input.indicatorId);
    if (!indicator) throw new AppError('NOT_FOUND', 'plan.nodeNotFound');
    const plan = await requirePlan(tx.db, indicator.plan_id);
    if (plan.status === 'borrador') throw new AppError('CONFLICT', 'plan.progressNeedsApproval');
    if (plan.status === 'cerrado') throw new AppError('LOCKED', 'plan.progressOnClosed');
    const periods = reportingPeriods(spanOf(plan));
    const index = periods.indexOf(input.period);
    if (index < 0) throw fieldError('VALIDATION', 'period', 'plan.progressOutsidePeriod');
    // A period has started once the one before it has ended.
    const started = index === 0 ? `${plan.start_year}-01-01` <= ctx.clock.today() : periodEnd(periods[index - 1]!) < ctx.clock.today();
    if (!started) throw fieldError('VALIDATION', 'period', 'plan.progressFuturePeriod');
    await repo.upsertProgress(
      tx.db,
      {
        indicator_id: indicator.id,
        plan_id: plan.id,
        period: input.period,
        achieved: input.achieved,
        comment: input.comment,
        reported_on: ctx.clock.today(),
        evidence_name: evidence?.name ?? null,
        evidence_type: evidence?.type ?? null,
        evidence_data: evidence?.data ?? null,
      },
      evidence === null,
    );
    return plan.id;
  });
  return getPlan(ctx, planId);
}

export async function getEvidence(ctx: ServiceContext, indicatorId: number, period: string): Promise<ExportedFile> {
  const row = await repo.findEvidence(ctx.db, indicatorId, period);
  if (!row?.evidence_data || !row.evidence_name || !row.evidence_type) throw new AppError('NOT_FOUND', 'plan.evidenceMissing');
  return { fileName: row.evidence_name, mimeType: row.evidence_type, dataBase64: row.evidence_data.toString('base64') };
}

const countStatuses = (statuses: readonly ActivityStatus[]) =>
  Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, statuses.filter((x) => x === s).length])) as Record<ActivityStatus, number>;

/**
 * The overview as of a period, by default the one under way. Only periods that have ended can make
 * an activity behind, so nothing is late before the plan or a period starts, or while it runs.
 */
export async function progressOverview(ctx: ServiceContext, input: In<'plan.progress'>): Promise<PlanProgress> {
  const row = await requirePlan(ctx.db, input.id);
  const span = spanOf(row);
  const periods = reportingPeriods(span);
  const today = ctx.clock.today();
  const asOf = input.asOf ?? currentPeriod(span, today)!;
  const ended = endedPeriods(span, today);
  const index = periods.indexOf(asOf);
  if (index < 0) throw fieldError('VALIDATION', 'asOf', 'plan.progressOutsidePeriod');
  const toDate = periods.slice(0, index + 1);
  const rows = await repo.loadPlanRows(ctx.db, row.id);

  const targetsOf = groupBy(rows.targets, (t) => t.indicator_id);
  const achievedOf = groupBy(rows.progress, (p) => p.indicator_id);
  const figures = new Map<number, IndicatorProgress>();
  for (const indicator of rows.indicators) {
    const targets = new Map((targetsOf.get(indicator.id) ?? []).map((t) => [t.period, t.value]));
    const achieved = new Map((achievedOf.get(indicator.id) ?? []).map((p) => [p.period, p.achieved]));
    figures.set(indicator.id, indicatorProgress({ targets, achieved }, toDate, periods, ended));
  }
  const lineOfObjective = new Map(rows.objectives.map((o) => [o.id, o.line_id]));
  const indicatorsOf = groupBy(rows.indicators, (i) => i.activity_id);
  const activities = rows.activities.map((a) => {
    const own = (indicatorsOf.get(a.id) ?? []).map((i) => figures.get(i.id)!);
    return { activityId: a.id, lineId: lineOfObjective.get(a.objective_id)!, status: activityStatus(own), ratio: averageProgress(own), own, lead: a };
  });
  const institutions = new Map<number, { name: string; own: IndicatorProgress[]; activities: number }>();
  for (const a of activities) {
    const entry = institutions.get(a.lead.lead_institution_id) ?? { name: a.lead.lead_name, own: [], activities: 0 };
    entry.own.push(...a.own);
    entry.activities += 1;
    institutions.set(a.lead.lead_institution_id, entry);
  }
  const activitiesOf = groupBy(activities, (a) => a.lineId);
  return {
    planId: row.id,
    asOf,
    periodsToDate: toDate,
    indicators: rows.indicators.map((i) => {
      const { targetToDate, achievedToDate, ratio, overallRatio } = figures.get(i.id)!;
      return { indicatorId: i.id, activityId: i.activity_id, targetToDate, achievedToDate, ratio, overallRatio };
    }),
    activities: activities.map(({ activityId, lineId, status, ratio }) => ({ activityId, lineId, status, ratio })),
    byLine: rows.lines.map((line) => {
      const own = activitiesOf.get(line.id) ?? [];
      return { lineId: line.id, title: line.title, ratio: averageProgress(own.flatMap((a) => a.own)), statuses: countStatuses(own.map((a) => a.status)) };
    }),
    byInstitution: [...institutions.entries()]
      .map(([institutionId, e]) => ({ institutionId, name: e.name, ratio: averageProgress(e.own), activities: e.activities }))
      .sort((a, b) => a.name.localeCompare(b.name, 'es')),
    statusCounts: countStatuses(activities.map((a) => a.status)),
    overall: averageProgress([...figures.values()]),
  };
}
