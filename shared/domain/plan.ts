/**
 * The local action plan: strategic lines → objectives → activities → indicators, with targets
 * per reporting period and the progress reported against them.
 */
import { z } from 'zod';
import { ACTIVITY_STATUSES } from '../rules/planProgress';
import { approvalInput, approvalRecord } from './approval';
import { crossCheck, entityId, optionalText, requiredText } from './fields';
import { richText } from './richText';

export const PLAN_STATUSES = ['borrador', 'aprobado', 'cerrado'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const REPORTING_UNITS = ['year', 'semester'] as const;
export const FUNDING_SOURCES = ['municipal', 'participatory', 'cooperation', 'own_resources', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** Funding sources as the plan prints them. */
export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = {
  municipal: 'Presupuesto municipal',
  participatory: 'Presupuesto participativo',
  cooperation: 'Cooperación',
  own_resources: 'Recursos propios de las instituciones',
  other: 'Otras fuentes',
};

/** Activity statuses as the progress report prints them. */
export const ACTIVITY_STATUS_LABELS: Record<(typeof ACTIVITY_STATUSES)[number], string> = {
  not_started: 'No iniciada',
  on_track: 'En marcha',
  behind: 'Retrasada',
  done: 'Cumplida',
};

const year = z.number('validation.required').int('validation.integer').min(2000, 'validation.tooSmall').max(2100, 'validation.tooBig');

/** A plan's period code: "2026" or "2026-S1"; whether it belongs to the plan is checked by the service. */
export const periodCode = z.string('validation.required').regex(/^\d{4}(-S[12])?$/, 'plan.periodFormat');
export const quarterCode = z.string('validation.required').regex(/^\d{4}-T[1-4]$/, 'plan.periodFormat');

/** Soles with at most two decimals; stored as céntimos. */
const soles = z
  .number('validation.required')
  .min(0, 'plan.negativeBudget')
  .max(10_000_000_000, 'validation.tooBig')
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, 'plan.tooManyDecimals');

const planFields = z.strictObject({
  title: requiredText(300),
  startYear: year,
  endYear: year,
  reportingUnit: z.enum(REPORTING_UNITS, 'validation.invalidOption'),
});

const checkSpan = crossCheck<{ startYear: number; endYear: number }>((plan, ctx) => {
  if (plan.startYear === undefined || plan.endYear === undefined) return;
  if (plan.endYear < plan.startYear) ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'validation.periodEndsBeforeStart' });
  else if (plan.endYear - plan.startYear > 9) ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'plan.periodTooLong' });
});

export const planInput = planFields.check(checkSpan);
export const planUpdateInput = planFields
  .extend({ id: entityId, presentation: richText, monitoring: richText })
  .check(checkSpan);

export const lineInput = z.strictObject({
  planId: entityId,
  /** Absent for a new line. */
  id: entityId.optional(),
  title: requiredText(300),
  description: optionalText(2000),
});

export const objectiveInput = z.strictObject({ lineId: entityId, id: entityId.optional(), text: requiredText(1000) });

export const budgetLine = z.strictObject({
  source: z.enum(FUNDING_SOURCES, 'validation.invalidOption'),
  amount: soles,
  /** Whose own resources, or which cooperation project. */
  note: optionalText(200),
});

export const activityInput = z.strictObject({
  objectiveId: entityId,
  id: entityId.optional(),
  description: requiredText(2000),
  leadInstitutionId: entityId,
  coResponsibleIds: z.array(entityId).max(30, 'validation.tooBig').default([]),
  schedule: z.array(quarterCode).max(40, 'validation.tooBig').default([]),
  budget: z.array(budgetLine).max(10, 'validation.tooBig').default([]),
  verification: optionalText(1000),
  agreementIds: z.array(entityId).max(30, 'validation.tooBig').default([]),
});

const targetValue = z.number('validation.required').min(0, 'validation.tooSmall').max(1e9, 'validation.tooBig');

export const indicatorInput = z.strictObject({
  activityId: entityId,
  id: entityId.optional(),
  name: requiredText(500),
  unit: requiredText(60),
  baseline: z.number('validation.required').min(0, 'validation.tooSmall').max(1e9, 'validation.tooBig'),
  targets: z.array(z.strictObject({ period: periodCode, value: targetValue })).max(40, 'validation.tooBig'),
});

export const PLAN_NODE_KINDS = ['line', 'objective', 'activity', 'indicator'] as const;
export const planNodeInput = z.strictObject({ kind: z.enum(PLAN_NODE_KINDS, 'validation.invalidOption'), id: entityId });
export const planMoveInput = planNodeInput.extend({ direction: z.enum(['up', 'down'], 'validation.invalidOption') });

export const planApproveInput = approvalInput;

export const planCopyInput = z
  .strictObject({ id: entityId, title: requiredText(300), startYear: year, endYear: year })
  .check(checkSpan);

export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;

export const evidenceInput = z.strictObject({
  fileName: requiredText(200),
  dataBase64: z
    .string('validation.required')
    .min(1, 'validation.required')
    .max(Math.ceil(EVIDENCE_MAX_BYTES / 3) * 4, 'plan.evidenceTooLarge'),
});

export const progressInput = z.strictObject({
  indicatorId: entityId,
  period: periodCode,
  achieved: z.number('validation.required').min(0, 'validation.tooSmall').max(1e9, 'validation.tooBig'),
  comment: optionalText(2000),
  /** Null keeps the evidence already attached; to drop it, use removeEvidence. */
  evidence: evidenceInput.nullable().default(null),
});

export const progressQuery = z.strictObject({ id: entityId, asOf: periodCode.nullable().default(null) });

// Outputs

const money = z.object({ source: z.enum(FUNDING_SOURCES), amount: z.number(), note: z.string() });

export const indicator = z.object({
  id: z.number(),
  position: z.number(),
  name: z.string(),
  unit: z.string(),
  baseline: z.number(),
  targets: z.array(z.object({ period: z.string(), value: z.number() })),
  progress: z.array(
    z.object({ period: z.string(), achieved: z.number(), comment: z.string(), reportedOn: z.string(), evidenceName: z.string().nullable() }),
  ),
});
export type Indicator = z.infer<typeof indicator>;

export const activity = z.object({
  id: z.number(),
  position: z.number(),
  description: z.string(),
  leadInstitutionId: z.number(),
  leadInstitutionName: z.string(),
  coResponsibleIds: z.array(z.number()),
  coResponsibleNames: z.array(z.string()),
  schedule: z.array(z.string()),
  budget: z.array(money),
  verification: z.string(),
  agreements: z.array(z.object({ id: z.number(), numberText: z.string() })),
  indicators: z.array(indicator),
});
export type Activity = z.infer<typeof activity>;

export const objective = z.object({ id: z.number(), position: z.number(), text: z.string(), activities: z.array(activity) });
export const strategicLine = z.object({
  id: z.number(),
  position: z.number(),
  title: z.string(),
  description: z.string(),
  objectives: z.array(objective),
});
export type StrategicLine = z.infer<typeof strategicLine>;

export const planSummary = z.object({
  id: z.number(),
  title: z.string(),
  startYear: z.number(),
  endYear: z.number(),
  reportingUnit: z.enum(REPORTING_UNITS),
  status: z.enum(PLAN_STATUSES),
  approval: approvalRecord,
  activityCount: z.number(),
  indicatorCount: z.number(),
  totalBudget: z.number(),
});
export type PlanSummary = z.infer<typeof planSummary>;

export const plan = planSummary.extend({
  presentation: richText,
  monitoring: richText,
  copiedFromId: z.number().nullable(),
  periods: z.array(z.string()),
  quarters: z.array(z.string()),
  lines: z.array(strategicLine),
  locked: z.boolean(),
});
export type Plan = z.infer<typeof plan>;

const share = z.number().nullable();

export const planProgress = z.object({
  planId: z.number(),
  /** The last period counted. */
  asOf: z.string(),
  periodsToDate: z.array(z.string()),
  indicators: z.array(
    z.object({
      indicatorId: z.number(),
      activityId: z.number(),
      targetToDate: z.number(),
      achievedToDate: z.number(),
      ratio: share,
      overallRatio: share,
    }),
  ),
  activities: z.array(z.object({ activityId: z.number(), lineId: z.number(), status: z.enum(ACTIVITY_STATUSES), ratio: share })),
  byLine: z.array(z.object({ lineId: z.number(), title: z.string(), ratio: share, statuses: z.record(z.enum(ACTIVITY_STATUSES), z.number()) })),
  byInstitution: z.array(z.object({ institutionId: z.number(), name: z.string(), ratio: share, activities: z.number() })),
  statusCounts: z.record(z.enum(ACTIVITY_STATUSES), z.number()),
  overall: share,
});
export type PlanProgress = z.infer<typeof planProgress>;

export const planDocumentInput = z.strictObject({ planId: entityId });
export const planReportInput = z.strictObject({
  planId: entityId,
  asOf: periodCode,
  /** The progress chart as the screen draws it, a PNG. */
  chartPngBase64: z.string('validation.required').min(1, 'validation.required').max(4_000_000, 'validation.tooBig'),
  conclusions: optionalText(8000),
});
