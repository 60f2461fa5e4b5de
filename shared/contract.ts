/**
 * The one typed contract between the renderer and the backend. Preload, IPC, web host, handlers and
 * the renderer's client all derive from this map, so a method added here and forgotten on one side
 * fails to compile. Every method takes one object argument.
 */
import { z } from 'zod';
import { approveActaInput, erratumInput, signedActa, signedActaInput } from './domain/acta';
import {
  agreement,
  agreementFileInput,
  agreementInput,
  agreementListInput,
  agreementPage,
  agreementRecord,
  agreementUpdateInput,
  followUpInput,
  institutionStanding,
  matrixInput,
  reminderIssueInput,
  reminderLetter,
  reminderListInput,
  reminders,
  sessionFollowUp,
  sessionFollowUpQuery,
  silenceInput,
  trackingInput,
  verificationFileInput,
} from './domain/agreements';
import { appStatus, emptyInput } from './domain/workspace';
import { dashboard } from './domain/dashboard';
import { entityId, isoDate } from './domain/fields';
import {
  institution,
  institutionDetail,
  institutionFilter,
  institutionInput,
  institutionUpdateInput,
  membersSummary,
  removalOutcome,
  representative,
  representativeInput,
  representativeReplaceInput,
  representativeUpdateInput,
} from './domain/members';
import {
  addresseesInput,
  agendaCopy,
  agendaItem,
  agendaItemInput,
  agendaItemUpdateInput,
  agendaReorderInput,
  attendanceInput,
  convocationInput,
  deliveriesInput,
  deliveryInput,
  exportedFile,
  guestInput,
  guestUpdateInput,
  itemMinutesInput,
  proceedingsInput,
  session,
  sessionDetail,
  sessionDocumentInput,
  sessionFilter,
  sessionInput,
  sessionRef,
  sessionUpdateInput,
} from './domain/sessions';
import {
  activityInput,
  indicatorInput,
  lineInput,
  objectiveInput,
  plan,
  planApproveInput,
  planCopyInput,
  planDocumentInput,
  planInput,
  planMoveInput,
  planNodeInput,
  planProgress,
  planReportInput,
  planSummary,
  planUpdateInput,
  progressInput,
  progressQuery,
} from './domain/plan';
import {
  groupCareInput,
  protocolApproveInput,
  protocolCreateInput,
  protocolDiff,
  protocolDiffInput,
  protocolDocumentInput,
  protocolFunctionInput,
  protocolItemInput,
  protocolMoveInput,
  protocolSectionInput,
  protocolVersion,
  protocolVersionSummary,
  routeStepInput,
} from './domain/protocol';
import { logo, logoInput, taskforce, taskforceSettings } from './domain/taskforce';
import type { Result } from './result';

const byId = z.strictObject({ id: entityId });

export const contract = {
  'workspace.status': { input: emptyInput, output: appStatus },
  'workspace.openDemo': { input: emptyInput, output: appStatus },
  'workspace.openReal': { input: emptyInput, output: appStatus },
  /** Starts an empty database in a new file beside a refused one, which is left untouched. */
  'workspace.startNewDatabase': { input: emptyInput, output: appStatus },

  'taskforce.get': { input: emptyInput, output: taskforce.nullable() },
  'taskforce.save': { input: taskforceSettings, output: taskforce },
  'taskforce.getLogo': { input: emptyInput, output: logo.nullable() },
  'taskforce.setLogo': { input: logoInput, output: logo },
  'taskforce.removeLogo': { input: emptyInput, output: z.null() },

  'members.list': { input: institutionFilter, output: z.array(institution) },
  'members.get': { input: byId, output: institutionDetail },
  'members.summary': { input: emptyInput, output: membersSummary },
  'members.create': { input: institutionInput, output: institutionDetail },
  'members.update': { input: institutionUpdateInput, output: institutionDetail },
  'members.deactivate': { input: z.strictObject({ id: entityId, date: isoDate }), output: institutionDetail },
  'members.reactivate': { input: byId, output: institutionDetail },
  /** Deletes an institution nothing refers to; otherwise only deactivates it. */
  'members.remove': { input: z.strictObject({ id: entityId, date: isoDate }), output: removalOutcome },
  'members.addRepresentative': { input: representativeInput, output: representative },
  'members.updateRepresentative': { input: representativeUpdateInput, output: representative },
  'members.replaceRepresentative': { input: representativeReplaceInput, output: representative },

  'sessions.list': { input: sessionFilter, output: z.array(session) },
  'sessions.get': { input: byId, output: sessionDetail },
  /** A new session starts with the instancia's standing agenda and the roster of its date. */
  'sessions.create': { input: sessionInput, output: sessionDetail },
  'sessions.update': { input: sessionUpdateInput, output: sessionDetail },
  /** Only a session never convened can be deleted: a number once issued is never reused. */
  'sessions.remove': { input: byId, output: z.null() },
  'sessions.addAgendaItem': { input: agendaItemInput, output: agendaItem },
  'sessions.updateAgendaItem': { input: agendaItemUpdateInput, output: agendaItem },
  'sessions.removeAgendaItem': { input: byId, output: z.null() },
  'sessions.reorderAgenda': { input: agendaReorderInput, output: z.array(agendaItem) },
  /** Brings the points of the latest earlier session that this agenda lacks (the standing ones are already here). */
  'sessions.copyPreviousAgenda': { input: sessionRef, output: agendaCopy },
  'sessions.setAddressees': { input: addresseesInput, output: sessionDetail },
  /** Numbers the session and its oficio múltiple; neither number changes afterwards. */
  'sessions.issueConvocation': { input: convocationInput, output: sessionDetail },
  'sessions.recordDelivery': { input: deliveryInput, output: sessionDetail },
  /** The same cargo date for several addressees at once, all or none. */
  'sessions.recordDeliveries': { input: deliveriesInput, output: sessionDetail },
  'sessions.setAttendance': { input: attendanceInput, output: sessionDetail },
  /** Every institution with vote still marked absent gets its titular present, in one step. */
  'sessions.markTitularesPresent': { input: sessionRef, output: sessionDetail },
  'sessions.addGuest': { input: guestInput, output: sessionDetail },
  'sessions.updateGuest': { input: guestUpdateInput, output: sessionDetail },
  'sessions.removeGuest': { input: byId, output: sessionDetail },
  'sessions.saveProceedings': { input: proceedingsInput, output: sessionDetail },
  'sessions.saveItemMinutes': { input: itemMinutesInput, output: agendaItem },
  /** Locks the acta and its agreements' text for good and freezes its content hash. */
  'acta.approve': { input: approveActaInput, output: sessionDetail },
  'acta.attachSigned': { input: signedActaInput, output: sessionDetail },
  'acta.getSigned': { input: byId, output: signedActa },
  'acta.addErratum': { input: erratumInput, output: sessionDetail },

  /** Adopts an agreement under an agenda item; refused without quorum. */
  'agreements.adopt': { input: agreementInput, output: agreement },
  'agreements.update': { input: agreementUpdateInput, output: agreement },
  'agreements.remove': { input: byId, output: z.null() },
  /** The register: every agreement of every session, filtered, sorted and paged. */
  'agreements.list': { input: agreementListInput, output: agreementPage },
  'agreements.get': { input: byId, output: agreementRecord },
  /** Appends a report to the agreement's log; its status and progress become the reported ones. */
  'agreements.followUp': { input: followUpInput, output: agreementRecord },
  /** Removes the latest report only, while its session's acta is a draft; the one before applies again. */
  'agreements.removeFollowUp': { input: byId, output: agreementRecord },
  /** Means of verification and observations; they go on changing after the acta is approved. */
  'agreements.track': { input: trackingInput, output: agreementRecord },
  'agreements.attachVerification': { input: verificationFileInput, output: agreementRecord },
  'agreements.removeVerification': { input: byId, output: agreementRecord },
  'agreements.getFile': { input: agreementFileInput, output: exportedFile },
  'agreements.silence': { input: silenceInput, output: agreementRecord },
  /** What each institution still owes, most open first. */
  'agreements.byInstitution': { input: emptyInput, output: z.array(institutionStanding) },
  /** Open agreements overdue or due within 7 days, without the silenced ones. */
  'agreements.reminders': { input: emptyInput, output: reminders },
  /** The "seguimiento de acuerdos" of a session: open agreements and the reports given in it. */
  'agreements.forSession': { input: sessionFollowUpQuery, output: sessionFollowUp },
  /** Numbers an oficio de recordatorio to one institution and keeps what it lists. */
  'agreements.issueReminder': { input: reminderIssueInput, output: reminderLetter },
  'agreements.reminderLetters': { input: reminderListInput, output: z.array(reminderLetter) },

  'dashboard.get': { input: emptyInput, output: dashboard },

  'plan.list': { input: emptyInput, output: z.array(planSummary) },
  'plan.get': { input: byId, output: plan },
  'plan.create': { input: planInput, output: plan },
  /** Title, period and the free-text parts; only while a draft. */
  'plan.update': { input: planUpdateInput, output: plan },
  'plan.remove': { input: byId, output: z.null() },
  'plan.saveLine': { input: lineInput, output: plan },
  'plan.saveObjective': { input: objectiveInput, output: plan },
  'plan.saveActivity': { input: activityInput, output: plan },
  'plan.saveIndicator': { input: indicatorInput, output: plan },
  /** Removes a line, objective, activity or indicator with everything under it. */
  'plan.removeNode': { input: planNodeInput, output: plan },
  'plan.moveNode': { input: planMoveInput, output: plan },
  /** Locks the structure; progress reporting goes on. */
  'plan.approve': { input: planApproveInput, output: plan },
  'plan.close': { input: byId, output: plan },
  /** A new draft for the next period with this plan's structure. */
  'plan.copyToNext': { input: planCopyInput, output: plan },
  'plan.reportProgress': { input: progressInput, output: plan },
  'plan.getEvidence': { input: z.strictObject({ indicatorId: entityId, period: z.string().max(10) }), output: exportedFile },
  'plan.progress': { input: progressQuery, output: planProgress },

  'protocol.list': { input: emptyInput, output: z.array(protocolVersionSummary) },
  'protocol.get': { input: byId, output: protocolVersion },
  /** The first version, empty but for the standard sections. */
  'protocol.create': { input: protocolCreateInput, output: protocolVersion },
  /** A new draft copied from the latest version. */
  'protocol.newVersion': { input: emptyInput, output: protocolVersion },
  'protocol.rename': { input: z.strictObject({ id: entityId, title: protocolCreateInput.shape.title }), output: protocolVersion },
  'protocol.saveSection': { input: protocolSectionInput, output: protocolVersion },
  'protocol.saveFunction': { input: protocolFunctionInput, output: protocolVersion },
  'protocol.saveRouteStep': { input: routeStepInput, output: protocolVersion },
  'protocol.saveGroupCare': { input: groupCareInput, output: protocolVersion },
  'protocol.removeItem': { input: protocolItemInput, output: protocolVersion },
  'protocol.moveItem': { input: protocolMoveInput, output: protocolVersion },
  'protocol.remove': { input: byId, output: z.null() },
  /** Approves the draft; the version approved before it becomes "reemplazado". */
  'protocol.approve': { input: protocolApproveInput, output: protocolVersion },
  'protocol.diff': { input: protocolDiffInput, output: protocolDiff },

  'documents.session': { input: sessionDocumentInput, output: exportedFile },
  'documents.plan': { input: planDocumentInput, output: exportedFile },
  'documents.planReport': { input: planReportInput, output: exportedFile },
  'documents.protocol': { input: protocolDocumentInput, output: exportedFile },
  /** The matriz de seguimiento de acuerdos, in Word (landscape) or Excel. */
  'documents.agreementMatrix': { input: matrixInput, output: exportedFile },
  'documents.reminderLetter': { input: byId, output: exportedFile },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** What `window.acuerda` offers, in the desktop app (preload) and in a browser (web bridge). */
export type AcuerdaApi = { [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>> };

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);

/** The IPC channel of a method: one channel per method keeps the sender check per call. */
export const ipcChannel = (method: MethodName): string => `acuerda:${method}`;
