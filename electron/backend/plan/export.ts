/** Gathers the plan and its progress report for the Word builders. */
import type { ParsedInput as In } from '../../../shared/contract';
import { ACTIVITY_STATUS_LABELS, FUNDING_SOURCE_LABELS, type Plan } from '../../../shared/domain/plan';
import type { ExportedFile } from '../../../shared/domain/sessions';
import { periodLabel } from '../../../shared/rules/planPeriods';
import { AppError, fieldError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { buildPlan, buildPlanReport, renderDocument } from '../documents';
import type { PlanActivityData, PlanDocumentData } from '../documents';
import { letterheadLogo, letterheadText, secretariatSignatory } from '../sessions/documentParts';
import { getTaskforce } from '../taskforce/service';
import { sniffImage } from '../../../shared/rules/image';
import { approvalText } from '../agreements/approval';
import { progressOverview } from './progress';
import { getPlan } from './service';
import { exportedDocx } from '../files/exportedDocx';

async function requireConfigured(ctx: ServiceContext) {
  const settings = await getTaskforce(ctx);
  if (!settings) throw new AppError('CONFLICT', 'documents.notConfigured');
  return settings;
}

/** "T1–T4 2026; T2 2027": consecutive quarters of a year joined into a range. */
export function scheduleText(schedule: readonly string[]): string {
  const byYear = new Map<string, number[]>();
  for (const code of schedule) {
    const [year, quarter] = code.split('-T');
    byYear.set(year!, [...(byYear.get(year!) ?? []), Number(quarter)]);
  }
  return [...byYear.entries()]
    .map(([year, qs]) => {
      const sorted = [...qs].sort();
      const ranges: string[] = [];
      let start = sorted[0]!;
      for (let i = 1; i <= sorted.length; i++) {
        if (sorted[i] !== sorted[i - 1]! + 1) {
          ranges.push(start === sorted[i - 1] ? `T${start}` : `T${start}–T${sorted[i - 1]}`);
          start = sorted[i]!;
        }
      }
      return `${ranges.join(', ')} ${year}`;
    })
    .join('; ');
}

const periodSpan = (plan: Plan) => (plan.startYear === plan.endYear ? String(plan.startYear) : `${plan.startYear}-${plan.endYear}`);

function planData(plan: Plan): Omit<PlanDocumentData, 'letterhead' | 'taskforceName' | 'date'> {
  const bySource = new Map<string, number>();
  const byInstitution = new Map<string, number>();
  const lines = plan.lines.map((line, l) => ({
    number: String(l + 1),
    title: line.title,
    description: line.description,
    objectives: line.objectives.map((objective, o) => ({
      number: `${l + 1}.${o + 1}`,
      text: objective.text,
      activities: objective.activities.map((a, i): PlanActivityData => {
        for (const b of a.budget) {
          bySource.set(FUNDING_SOURCE_LABELS[b.source], (bySource.get(FUNDING_SOURCE_LABELS[b.source]) ?? 0) + b.amount);
          byInstitution.set(a.leadInstitutionName, (byInstitution.get(a.leadInstitutionName) ?? 0) + b.amount);
        }
        return {
          number: `${l + 1}.${o + 1}.${i + 1}`,
          description: a.description,
          responsible: a.leadInstitutionName,
          coResponsible: a.coResponsibleNames,
          scheduleText: scheduleText(a.schedule),
          budget: a.budget.map((b) => ({ sourceLabel: FUNDING_SOURCE_LABELS[b.source], amount: b.amount, note: b.note })),
          verification: a.verification,
          agreements: a.agreements.map((g) => g.numberText),
          indicators: a.indicators.map((ind) => ({
            name: ind.name,
            unit: ind.unit,
            baseline: ind.baseline,
            targets: plan.periods.map((p) => ind.targets.find((t) => t.period === p)?.value ?? null),
          })),
        };
      }),
    })),
  }));
  const sorted = (map: Map<string, number>) => [...map.entries()].map(([label, amount]) => ({ label, amount })).sort((a, b) => b.amount - a.amount);
  return {
    titleUpper: `PLAN DE ACCIÓN LOCAL ${periodSpan(plan)}`,
    planTitle: plan.title,
    approvalText: approvalText(plan.approval),
    draft: plan.status === 'borrador',
    presentation: plan.presentation,
    monitoring: plan.monitoring,
    periods: plan.periods.map((code) => ({ code, label: `Meta ${periodLabel(code).replace('semestre', 'sem.')}` })),
    lines,
    budgetBySource: sorted(bySource),
    budgetByInstitution: sorted(byInstitution).map(({ label, amount }) => ({ name: label, amount })),
    budgetTotal: plan.totalBudget,
  };
}

export async function exportPlan(ctx: ServiceContext, input: In<'documents.plan'>): Promise<ExportedFile> {
  const settings = await requireConfigured(ctx);
  const plan = await getPlan(ctx, input.planId);
  const date = plan.approval?.approvedOn ?? ctx.clock.today();
  const doc = buildPlan({
    ...planData(plan),
    letterhead: { ...letterheadText(settings, date), logo: await letterheadLogo(ctx, date) },
    taskforceName: settings.officialName,
    date,
  });
  const draft = plan.status === 'borrador' ? ' (borrador)' : '';
  return exportedDocx(`Plan de Acción Local ${periodSpan(plan)}${draft}.docx`, await renderDocument(doc));
}

export async function exportPlanReport(ctx: ServiceContext, input: In<'documents.planReport'>): Promise<ExportedFile> {
  const settings = await requireConfigured(ctx);
  const chartBytes = Buffer.from(input.chartPngBase64, 'base64');
  const chart = sniffImage(chartBytes);
  if (chart?.mimeType !== 'image/png') throw fieldError('VALIDATION', 'chartPngBase64', 'plan.chartNotPng');
  const [plan, progress] = await Promise.all([getPlan(ctx, input.planId), progressOverview(ctx, { id: input.planId, asOf: input.asOf })]);
  const today = ctx.clock.today();
  const byIndicator = new Map(progress.indicators.map((i) => [i.indicatorId, i]));
  const statusOf = new Map(progress.activities.map((a) => [a.activityId, a.status]));
  const doc = buildPlanReport({
    letterhead: { ...letterheadText(settings, today), logo: await letterheadLogo(ctx, today) },
    titleUpper: `INFORME DE AVANCE DEL PLAN DE ACCIÓN LOCAL ${periodSpan(plan)}`,
    taskforceName: settings.officialName,
    placeName: settings.placeName,
    date: today,
    periodText: `Al ${periodLabel(progress.asOf)} (periodos: ${progress.periodsToDate.map(periodLabel).join(', ')})`,
    summary: {
      done: progress.statusCounts.done,
      onTrack: progress.statusCounts.on_track,
      behind: progress.statusCounts.behind,
      notStarted: progress.statusCounts.not_started,
      overall: progress.overall,
    },
    lines: plan.lines.map((line, l) => ({
      number: String(l + 1),
      title: line.title,
      ratio: progress.byLine.find((b) => b.lineId === line.id)?.ratio ?? null,
      rows: line.objectives.flatMap((o) =>
        o.activities.flatMap((a) =>
          a.indicators.map((ind) => {
            const figures = byIndicator.get(ind.id);
            const comments = ind.progress.filter((p) => progress.periodsToDate.includes(p.period) && p.comment !== '').map((p) => p.comment);
            return {
              activity: a.description,
              indicator: ind.name,
              unit: ind.unit,
              targetToDate: figures?.targetToDate ?? 0,
              achievedToDate: figures?.achievedToDate ?? 0,
              ratio: figures?.ratio ?? null,
              statusLabel: ACTIVITY_STATUS_LABELS[statusOf.get(a.id) ?? 'not_started'],
              comment: comments.join(' '),
            };
          }),
        ),
      ),
    })),
    byInstitution: progress.byInstitution.map((i) => ({ name: i.name, activities: i.activities, ratio: i.ratio })),
    chart: { data: chartBytes, width: chart.width, height: chart.height },
    conclusions: input.conclusions,
    signatory: secretariatSignatory(settings),
  });
  return exportedDocx(`Informe de avance del Plan de Acción Local ${periodSpan(plan)} - ${periodLabel(progress.asOf)}.docx`, await renderDocument(doc));
}
