/**
 * Sessions of the instancia: convocation, agenda, attendance and quorum, and the minutes. The
 * agreements adopted in them are in agreements.ts, the acta's lifecycle in acta.ts. Inputs carry
 * message keys for every failure; outputs are what screens show.
 */
import { z } from 'zod';
import { ACTA_STATUSES } from '../rules/acta';
import { AGENDA_KINDS } from '../rules/agenda';
import { agreement } from './agreements';
import { acknowledgedSensitive, checkPeriod, crossCheck, entityId, isoDate, optionalText, requiredText } from './fields';
import { richText } from './richText';

export const SESSION_KINDS = ['ordinaria', 'extraordinaria', 'instalacion'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export const SESSION_MODES = ['presencial', 'virtual', 'mixta'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];
export const ATTENDANCE_STATUSES = ['titular', 'alterno', 'absent', 'excused'] as const;
export const SESSION_CALLS = ['first', 'second'] as const;
export const CONVOCATION_SIGNERS = ['presidency', 'secretariat'] as const;
export type ConvocationSigner = (typeof CONVOCATION_SIGNERS)[number];

/** A clock time "HH:MM", 24 hours. */
export const clockTime = z
  .string('validation.required')
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.timeFormat');

const optionalLink = z
  .string()
  .trim()
  .max(500, 'validation.tooLong')
  .refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), 'sessions.linkInvalid')
  .default('');

const sessionFields = z.strictObject({
  kind: z.enum(SESSION_KINDS, 'validation.invalidOption'),
  date: isoDate,
  firstCallTime: clockTime,
  secondCallTime: clockTime.nullable().default(null),
  mode: z.enum(SESSION_MODES, 'validation.invalidOption'),
  place: optionalText(300),
  virtualLink: optionalLink,
  presidedBy: requiredText(200),
  presidedPost: requiredText(200),
  secretaryName: requiredText(200),
  secretaryPost: requiredText(200),
});

type SessionFields = z.output<typeof sessionFields>;

const checkSessionFields = crossCheck<SessionFields>((session, ctx) => {
  if (session.mode !== undefined && session.mode !== 'virtual' && session.place === '') {
    ctx.addIssue({ code: 'custom', path: ['place'], message: 'sessions.placeRequired' });
  }
  if (session.mode !== undefined && session.mode !== 'presencial' && session.virtualLink === '') {
    ctx.addIssue({ code: 'custom', path: ['virtualLink'], message: 'sessions.linkRequired' });
  }
  const { firstCallTime, secondCallTime } = session;
  if (firstCallTime !== undefined && secondCallTime != null && secondCallTime <= firstCallTime) {
    ctx.addIssue({ code: 'custom', path: ['secondCallTime'], message: 'sessions.secondCallBeforeFirst' });
  }
});

export const sessionInput = sessionFields.check(checkSessionFields);
export type SessionInput = z.input<typeof sessionInput>;
export const sessionUpdateInput = sessionFields.extend({ id: entityId }).check(checkSessionFields);

export const sessionFilter = z.strictObject({
  year: z.number().int('validation.integer').min(1990, 'validation.tooSmall').max(2100, 'validation.tooBig').nullable().default(null),
  kind: z.enum(SESSION_KINDS, 'validation.invalidOption').nullable().default(null),
});

// Agenda

const agendaFields = z.strictObject({
  title: requiredText(300),
  kind: z.enum(AGENDA_KINDS, 'validation.invalidOption'),
  presenterInstitutionId: entityId.nullable().default(null),
  notes: optionalText(2000),
});
export const agendaItemInput = agendaFields.extend({ sessionId: entityId });
export const agendaItemUpdateInput = agendaFields.extend({ id: entityId });
/** An action on the session as a whole, such as copying the previous session's agenda. */
export const sessionRef = z.strictObject({ sessionId: entityId });

export const agendaReorderInput = z.strictObject({
  sessionId: entityId,
  itemIds: z.array(entityId).min(1, 'validation.required').max(100, 'validation.tooBig'),
});

export const itemMinutesInput = z
  .strictObject({
    id: entityId,
    discussion: richText,
    startTime: clockTime.nullable().default(null),
    endTime: clockTime.nullable().default(null),
    acknowledgedSensitive,
  })
  .check(checkPeriod('startTime', 'endTime'));

// Convocation

export const addresseesInput = z.strictObject({
  sessionId: entityId,
  /** Institutions without vote invited on top of every institution with vote. */
  invitedIds: z.array(entityId).max(200, 'validation.tooBig'),
});

export const convocationInput = z.strictObject({
  sessionId: entityId,
  date: isoDate,
  signer: z.enum(CONVOCATION_SIGNERS, 'validation.invalidOption'),
  reference: optionalText(300),
  enclosures: optionalText(500),
});

export const deliveryInput = z.strictObject({
  sessionId: entityId,
  institutionId: entityId,
  deliveredOn: isoDate.nullable(),
  receivedBy: optionalText(200),
});

/** Several copies delivered the same day, e.g. by one messenger round; one cargo date for all. */
export const deliveriesInput = z.strictObject({
  sessionId: entityId,
  institutionIds: z.array(entityId).min(1, 'sessions.noAddresseeChosen').max(200, 'validation.tooBig'),
  deliveredOn: isoDate,
  receivedBy: optionalText(200),
});

// Attendance

export const attendanceInput = z.strictObject({
  sessionId: entityId,
  institutionId: entityId,
  status: z.enum(ATTENDANCE_STATUSES, 'validation.invalidOption'),
  /** Left empty, the accredited titular or alterno of the session's date is written in. */
  attendeeName: optionalText(200),
  attendeePost: optionalText(200),
  arrivalTime: clockTime.nullable().default(null),
});

const guestFields = z.strictObject({
  fullName: requiredText(200),
  institutionName: optionalText(200),
  post: optionalText(200),
});
export const guestInput = guestFields.extend({ sessionId: entityId });
export const guestUpdateInput = guestFields.extend({ id: entityId });

/** How the session was opened and closed, as the acta states it. */
export const proceedingsInput = z
  .strictObject({
    sessionId: entityId,
    call: z.enum(SESSION_CALLS, 'validation.invalidOption'),
    startTime: clockTime.nullable(),
    endTime: clockTime.nullable(),
  })
  .check(checkPeriod('startTime', 'endTime'));

// Outputs

export const agendaItem = z.object({
  id: z.number(),
  position: z.number(),
  title: z.string(),
  kind: z.enum(AGENDA_KINDS),
  presenterInstitutionId: z.number().nullable(),
  presenterName: z.string().nullable(),
  notes: z.string(),
  discussion: richText,
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  agreements: z.array(agreement),
});
export type AgendaItem = z.infer<typeof agendaItem>;

/** What copying the previous session's agenda brought: how many points, and from which session. */
export const agendaCopy = z.object({ copied: z.number(), fromTitle: z.string() });

export const attendanceRow = z.object({
  institutionId: z.number(),
  institutionName: z.string(),
  acronym: z.string(),
  hasVote: z.boolean(),
  status: z.enum(ATTENDANCE_STATUSES),
  attendeeName: z.string(),
  attendeePost: z.string(),
  arrivalTime: z.string().nullable(),
  /** Accredited on the session's date, to fill in the attendee with one click. */
  titularName: z.string().nullable(),
  alternoName: z.string().nullable(),
});
export type AttendanceRow = z.infer<typeof attendanceRow>;

export const guest = z.object({ id: z.number(), fullName: z.string(), institutionName: z.string(), post: z.string() });
export type Guest = z.infer<typeof guest>;

export const addressee = z.object({
  institutionId: z.number(),
  institutionName: z.string(),
  hasVote: z.boolean(),
  deliveredOn: z.string().nullable(),
  receivedBy: z.string(),
});
export type Addressee = z.infer<typeof addressee>;

export const quorum = z.object({
  call: z.enum(SESSION_CALLS),
  votingMembers: z.number(),
  present: z.number(),
  required: z.number(),
  met: z.boolean(),
  missing: z.number(),
});
export type Quorum = z.infer<typeof quorum>;

export const erratum = z.object({ id: z.number(), recordedOn: z.string(), text: z.string() });

/** A session as listed, and the header of its page. */
export const session = sessionFields.extend({
  id: z.number(),
  year: z.number(),
  /** Per kind and year; null until the convocation is issued. */
  number: z.number().nullable(),
  /** "ACTA DE LA PRIMERA SESIÓN ORDINARIA N° 001-2026-…", once numbered. */
  actaNumberText: z.string().nullable(),
  /** "Primera Sesión Ordinaria 2026" once numbered, else "Sesión ordinaria del 12/03/2026". */
  title: z.string(),
  convocation: z
    .object({
      numberText: z.string(),
      date: z.string(),
      signer: z.enum(CONVOCATION_SIGNERS),
      reference: z.string(),
      enclosures: z.string(),
    })
    .nullable(),
  actaStatus: z.enum(ACTA_STATUSES),
  call: z.enum(SESSION_CALLS),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  approval: z
    .object({ sessionId: z.number(), sessionTitle: z.string(), date: z.string(), observations: z.string() })
    .nullable(),
  signedScan: z.object({ fileName: z.string(), mimeType: z.string(), uploadedAt: z.string() }).nullable(),
  agreementCount: z.number(),
  presentCount: z.number(),
  deliveriesMissing: z.number(),
});
export type Session = z.infer<typeof session>;

export const sessionDetail = session.extend({
  agenda: z.array(agendaItem),
  attendance: z.array(attendanceRow),
  guests: z.array(guest),
  addressees: z.array(addressee),
  quorum,
  errata: z.array(erratum),
  /** Actas of earlier sessions approved in this one. */
  approvedActas: z.array(z.object({ sessionId: z.number(), title: z.string(), date: z.string(), observations: z.string() })),
  /** Earlier sessions whose acta still waits for approval: candidates to approve in this one. */
  pendingActas: z.array(z.object({ sessionId: z.number(), title: z.string(), date: z.string() })),
  /** SHA-256 of the acta's canonical content: frozen at approval, live while a draft. */
  contentHash: z.string(),
  locked: z.boolean(),
});
export type SessionDetail = z.infer<typeof sessionDetail>;

// Documents

export const SESSION_DOCUMENTS = ['convocation', 'agenda', 'attendanceSheet', 'acta'] as const;
export type SessionDocument = (typeof SESSION_DOCUMENTS)[number];

export const sessionDocumentInput = z.strictObject({
  sessionId: entityId,
  document: z.enum(SESSION_DOCUMENTS, 'validation.invalidOption'),
});

/** A built file on its way to the user's disk. */
export const exportedFile = z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string() });
export type ExportedFile = z.infer<typeof exportedFile>;
