/**
 * Agreements: adopted under an item of a session's agenda, then followed up: the register and its
 * filters, the follow-up log, the per-institution view and reminders (Inicio is in dashboard.ts).
 */
import { z } from 'zod';
import { ADOPTION_KINDS } from '../rules/acta';
import { AGREEMENT_STATUSES } from '../rules/agreementStatus';
import { acknowledgedSensitive, crossCheck, entityId, isoDate, optionalText, requiredText } from './fields';
import { evidenceInput } from './plan';

const status = z.enum(AGREEMENT_STATUSES, 'validation.invalidOption');
const percent = z.number('validation.required').int('validation.integer').min(0, 'agreements.progressRange').max(100, 'agreements.progressRange');

// Adoption

const voteCount = z.number().int('validation.integer').min(0, 'validation.tooSmall').max(999, 'validation.tooBig').nullable().default(null);

const agreementFields = z.strictObject({
  text: requiredText(4000),
  responsibleIds: z.array(entityId).max(30, 'validation.tooBig').default([]),
  /** The secretaría técnica itself, which is a unit, not a member institution. */
  secretariatResponsible: z.boolean().default(false),
  deadline: isoDate.nullable().default(null),
  adoption: z.enum(ADOPTION_KINDS, 'validation.invalidOption'),
  votesFor: voteCount,
  votesAgainst: voteCount,
  abstentions: voteCount,
  acknowledgedSensitive,
});

const checkResponsible = crossCheck<z.output<typeof agreementFields>>(({ responsibleIds, secretariatResponsible }, ctx) => {
  if (responsibleIds === undefined) return;
  if (responsibleIds.length === 0 && secretariatResponsible === false) {
    ctx.addIssue({ code: 'custom', path: ['responsibleIds'], message: 'agreements.responsibleRequired' });
  }
  if (new Set(responsibleIds).size !== responsibleIds.length) {
    ctx.addIssue({ code: 'custom', path: ['responsibleIds'], message: 'agreements.responsibleRepeated' });
  }
});

export const agreementInput = agreementFields.extend({ agendaItemId: entityId }).check(checkResponsible);
export const agreementUpdateInput = agreementFields.extend({ id: entityId }).check(checkResponsible);

// Register

export const AGREEMENT_SORTS = ['number', 'deadline', 'status', 'progress', 'session'] as const;
export const REGISTER_PAGE_SIZE = 50;

/** Every filter is optional; together they narrow the register (AND). */
export const agreementFilter = z.strictObject({
  statuses: z.array(status).max(AGREEMENT_STATUSES.length, 'validation.tooBig').default([]),
  /** Only open agreements whose deadline has passed. */
  overdue: z.boolean().default(false),
  /** Only open agreements due from today to this many days ahead. */
  dueWithinDays: z.number().int('validation.integer').min(0, 'validation.tooSmall').max(366, 'validation.tooBig').nullable().default(null),
  /** Any responsible, lead or co-responsible; null = all. */
  institutionId: entityId.nullable().default(null),
  /** Agreements where the secretaría técnica is responsible. */
  secretariat: z.boolean().default(false),
  sessionId: entityId.nullable().default(null),
  year: z.number().int('validation.integer').min(1990, 'validation.tooSmall').max(2200, 'validation.tooBig').nullable().default(null),
  /** Session dates from/to (both included), for a period. */
  from: isoDate.nullable().default(null),
  to: isoDate.nullable().default(null),
  search: z.string().trim().max(200, 'validation.tooLong').default(''),
});
export type AgreementFilter = z.output<typeof agreementFilter>;

export const agreementListInput = agreementFilter.extend({
  sort: z.enum(AGREEMENT_SORTS, 'validation.invalidOption').default('number'),
  descending: z.boolean().default(false),
  page: z.number().int('validation.integer').min(1, 'validation.tooSmall').default(1),
  pageSize: z.number().int('validation.integer').min(1, 'validation.tooSmall').max(500, 'validation.tooBig').default(REGISTER_PAGE_SIZE),
});

// Follow-up

export const followUpInput = z.strictObject({
  agreementId: entityId,
  reportedOn: isoDate,
  /** The reporting institution; null when the secretaría técnica reports. */
  institutionId: entityId.nullable().default(null),
  /** The session where it was reported, if any: the report then goes into that session's acta. */
  sessionId: entityId.nullable().default(null),
  text: requiredText(4000),
  status,
  progress: percent,
  evidence: evidenceInput.nullable().default(null),
  acknowledgedSensitive,
});

export const trackingInput = z.strictObject({
  id: entityId,
  /** Means of verification, as a reference ("Oficio N° 045-2026-CEM"). */
  verification: optionalText(1000),
  observations: optionalText(2000),
  acknowledgedSensitive,
});

export const verificationFileInput = evidenceInput.extend({ id: entityId });

export const silenceInput = z.strictObject({ id: entityId, silenced: z.boolean('validation.required') });

export const agreementFileInput = z.strictObject({
  /** The agreement's verification file, or a follow-up entry's evidence. */
  kind: z.enum(['verification', 'followUp'], 'validation.invalidOption'),
  id: entityId,
});

export const sessionFollowUpQuery = z.strictObject({ sessionId: entityId });

// Documents

export const matrixInput = agreementFilter.extend({
  format: z.enum(['docx', 'xlsx'], 'validation.invalidOption'),
  sort: z.enum(AGREEMENT_SORTS, 'validation.invalidOption').default('number'),
  descending: z.boolean().default(false),
});

export const reminderIssueInput = z.strictObject({ institutionId: entityId });
export const reminderListInput = z.strictObject({ institutionId: entityId.nullable().default(null) });

// Outputs

export const agreement = z.object({
  id: z.number(),
  sessionId: z.number(),
  agendaItemId: z.number(),
  number: z.number(),
  /** As printed: "ACUERDO N° 001-2026-MDVE/GDS". */
  numberText: z.string(),
  text: z.string(),
  responsibleIds: z.array(z.number()),
  /** Names in the same order as the ids, then the secretariat if it is responsible. */
  responsibleNames: z.array(z.string()),
  secretariatResponsible: z.boolean(),
  deadline: z.string().nullable(),
  adoption: z.enum(ADOPTION_KINDS),
  votesFor: z.number().nullable(),
  votesAgainst: z.number().nullable(),
  abstentions: z.number().nullable(),
});
export type Agreement = z.infer<typeof agreement>;

const agreementStatus = z.enum(AGREEMENT_STATUSES);

export const agreementRow = z.object({
  id: z.number(),
  numberText: z.string(),
  year: z.number(),
  number: z.number(),
  text: z.string(),
  sessionId: z.number(),
  /** "Primera Sesión Ordinaria 2026". */
  sessionTitle: z.string(),
  sessionDate: z.string(),
  /** Lead first, then co-responsibles, then the secretaría técnica if it is responsible. */
  responsibleNames: z.array(z.string()),
  responsibleIds: z.array(z.number()),
  secretariatResponsible: z.boolean(),
  deadline: z.string().nullable(),
  status: agreementStatus,
  /** Derived: open and past its deadline. */
  overdue: z.boolean(),
  progress: z.number(),
  lastReportOn: z.string().nullable(),
  verification: z.string(),
  hasVerificationFile: z.boolean(),
  observations: z.string(),
  remindersSilenced: z.boolean(),
});
export type AgreementRow = z.infer<typeof agreementRow>;

export const agreementPage = z.object({
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  items: z.array(agreementRow),
});
export type AgreementPage = z.infer<typeof agreementPage>;

export const followUp = z.object({
  id: z.number(),
  agreementId: z.number(),
  reportedOn: z.string(),
  institutionId: z.number().nullable(),
  /** The institution's name, or "Secretaría Técnica". */
  reporter: z.string(),
  sessionId: z.number().nullable(),
  sessionTitle: z.string().nullable(),
  text: z.string(),
  status: agreementStatus,
  progress: z.number(),
  /** The status and progress before this entry, for the timeline's "de … a …". */
  previousStatus: agreementStatus,
  previousProgress: z.number(),
  evidenceName: z.string().nullable(),
  /** Only the latest entry, and only while its session's acta is a draft, can be removed. */
  removable: z.boolean(),
});
export type FollowUp = z.infer<typeof followUp>;

export const agreementRecord = agreementRow.extend({
  agendaItemTitle: z.string(),
  /** Whether the acta that adopted it is approved: its text can no longer change. */
  textLocked: z.boolean(),
  verificationFileName: z.string().nullable(),
  /** Oldest first. */
  followUps: z.array(followUp),
});
export type AgreementRecord = z.infer<typeof agreementRecord>;

export const institutionStanding = z.object({
  /** Null for the secretaría técnica. */
  institutionId: z.number().nullable(),
  name: z.string(),
  open: z.number(),
  overdue: z.number(),
  dueSoon: z.number(),
  fulfilled: z.number(),
  total: z.number(),
});
export type InstitutionStanding = z.infer<typeof institutionStanding>;

export const reminderItem = z.object({
  id: z.number(),
  numberText: z.string(),
  text: z.string(),
  deadline: z.string(),
  /** As in agreementRow: the secretaría técnica, when responsible, is the last name. */
  responsibleNames: z.array(z.string()),
  secretariatResponsible: z.boolean(),
  overdue: z.boolean(),
});
export const reminders = z.object({
  /** The day the list was drawn up, so a client can tell when a new day needs a new reminder. */
  today: z.string(),
  overdue: z.array(reminderItem),
  dueSoon: z.array(reminderItem),
});
export type Reminders = z.infer<typeof reminders>;

/** The "seguimiento de acuerdos" of one session: what is open at its date, and what was reported in it. */
export const sessionFollowUp = z.object({
  sessionId: z.number(),
  /** False once the acta is approved: nothing more can be reported in it. */
  canReport: z.boolean(),
  /** Open agreements adopted before this session, plus those reported in it (even if now closed). */
  agreements: z.array(agreementRow),
  reports: z.array(followUp),
});
export type SessionFollowUp = z.infer<typeof sessionFollowUp>;

export const reminderLetter = z.object({
  id: z.number(),
  institutionId: z.number(),
  institutionName: z.string(),
  numberText: z.string(),
  issuedOn: z.string(),
  agreementCount: z.number(),
});
export type ReminderLetter = z.infer<typeof reminderLetter>;
