/** The contract implemented: every method name mapped to its service call. The only map of the API. */
import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract';
import { getAgenda, getAgendaItem } from './acta/agenda';
import { exportSessionDocument } from './acta/export';
import * as lifecycle from './acta/lifecycle';
import { getSessionDetail } from './acta/sessionDetail';
import { sessionFollowUp } from './acta/sessionFollowUp';
import * as agreementDocuments from './agreements/documents';
import * as followUps from './agreements/followUp';
import { getAgreementRecord } from './agreements/record';
import { listAgreements } from './agreements/register';
import * as agreements from './agreements/service';
import { dueReminders, standingByInstitution } from './agreements/standing';
import type { ServiceContext } from './context';
import { getDashboard } from './dashboard/service';
import * as members from './members/service';
import { exportPlan, exportPlanReport } from './plan/export';
import * as planProgress from './plan/progress';
import * as plans from './plan/service';
import * as planStructure from './plan/structure';
import { diffVersions } from './protocol/diff';
import { exportProtocol } from './protocol/export';
import * as protocol from './protocol/service';
import * as agenda from './sessions/agenda';
import { copyPreviousAgenda } from './sessions/agendaCopy';
import * as attendance from './sessions/attendance';
import * as convocation from './sessions/convocation';
import { listSessions } from './sessions/detail';
import * as sessions from './sessions/service';
import * as taskforce from './taskforce/service';
import type { Workspace } from './workspace';

type Handler<M extends MethodName> = (ws: Workspace, input: ParsedInput<M>) => Promise<MethodOutput<M>>;

/**
 * Session writes sit below the acta, which the screens show with them (the agreements under each
 * item, the acta's fingerprint): they return the id of what they changed, and the answer is read
 * back after them, as it stands then.
 */
const readAfter =
  <T>(read: (ctx: ServiceContext, id: number) => Promise<T>) =>
  async (ws: Workspace, write: (ctx: ServiceContext) => Promise<number>): Promise<T> => {
    const ctx = ws.context();
    return read(ctx, await write(ctx));
  };
const sessionAfter = readAfter(getSessionDetail);
const agendaItemAfter = readAfter(getAgendaItem);
const agendaAfter = readAfter(getAgenda);

export const handlers: { [M in MethodName]: Handler<M> } = {
  'workspace.status': async (ws) => ws.status(),
  'workspace.openDemo': (ws) => ws.openDemo(),
  'workspace.openReal': (ws) => ws.openReal(),
  'workspace.startNewDatabase': (ws) => ws.startNewDatabase(),

  'taskforce.get': (ws) => taskforce.getTaskforce(ws.context()),
  'taskforce.save': async (ws, input) => {
    const saved = await taskforce.saveTaskforce(ws.context(), input);
    await ws.refreshConfigured();
    return saved;
  },
  'taskforce.getLogo': (ws) => taskforce.getLogo(ws.context()),
  'taskforce.setLogo': (ws, input) => taskforce.setLogo(ws.context(), input.dataBase64),
  'taskforce.removeLogo': (ws) => taskforce.removeLogo(ws.context()),

  'members.list': (ws, input) => members.listInstitutions(ws.context(), input),
  'members.get': (ws, input) => members.getInstitution(ws.context(), input.id),
  'members.summary': (ws) => members.summary(ws.context()),
  'members.create': (ws, input) => members.createInstitution(ws.context(), input),
  'members.update': (ws, input) => members.updateInstitution(ws.context(), input),
  'members.deactivate': (ws, input) => members.deactivateInstitution(ws.context(), input.id, input.date),
  'members.reactivate': (ws, input) => members.reactivateInstitution(ws.context(), input.id),
  'members.remove': (ws, input) => members.removeInstitution(ws.context(), input.id, input.date),
  'members.addRepresentative': (ws, input) => members.addRepresentative(ws.context(), input),
  'members.updateRepresentative': (ws, input) => members.updateRepresentative(ws.context(), input),
  'members.replaceRepresentative': (ws, input) => members.replaceRepresentative(ws.context(), input),

  'sessions.list': (ws, input) => listSessions(ws.context(), input),
  'sessions.get': (ws, input) => getSessionDetail(ws.context(), input.id),
  'sessions.create': (ws, input) => sessionAfter(ws, (ctx) => sessions.createSession(ctx, input)),
  'sessions.update': (ws, input) => sessionAfter(ws, (ctx) => sessions.updateSession(ctx, input)),
  'sessions.remove': (ws, input) => sessions.removeSession(ws.context(), input.id),
  'sessions.addAgendaItem': (ws, input) => agendaItemAfter(ws, (ctx) => agenda.addAgendaItem(ctx, input)),
  'sessions.updateAgendaItem': (ws, input) => agendaItemAfter(ws, (ctx) => agenda.updateAgendaItem(ctx, input)),
  'sessions.removeAgendaItem': (ws, input) => agenda.removeAgendaItem(ws.context(), input.id),
  'sessions.reorderAgenda': (ws, input) => agendaAfter(ws, (ctx) => agenda.reorderAgenda(ctx, input)),
  'sessions.copyPreviousAgenda': (ws, input) => copyPreviousAgenda(ws.context(), input),
  'sessions.setAddressees': (ws, input) => sessionAfter(ws, (ctx) => convocation.setAddressees(ctx, input)),
  'sessions.issueConvocation': (ws, input) => sessionAfter(ws, (ctx) => convocation.issueConvocation(ctx, input)),
  'sessions.recordDelivery': (ws, input) => sessionAfter(ws, (ctx) => convocation.recordDelivery(ctx, input)),
  'sessions.recordDeliveries': (ws, input) => sessionAfter(ws, (ctx) => convocation.recordDeliveries(ctx, input)),
  'sessions.setAttendance': (ws, input) => sessionAfter(ws, (ctx) => attendance.setAttendance(ctx, input)),
  'sessions.markTitularesPresent': (ws, input) => sessionAfter(ws, (ctx) => attendance.markTitularesPresent(ctx, input)),
  'sessions.addGuest': (ws, input) => sessionAfter(ws, (ctx) => attendance.addGuest(ctx, input)),
  'sessions.updateGuest': (ws, input) => sessionAfter(ws, (ctx) => attendance.updateGuest(ctx, input)),
  'sessions.removeGuest': (ws, input) => sessionAfter(ws, (ctx) => attendance.removeGuest(ctx, input.id)),
  'sessions.saveProceedings': (ws, input) => sessionAfter(ws, (ctx) => attendance.saveProceedings(ctx, input)),
  'sessions.saveItemMinutes': (ws, input) => agendaItemAfter(ws, (ctx) => agenda.saveItemMinutes(ctx, input)),
  'acta.approve': (ws, input) => lifecycle.approveActa(ws.context(), input),
  'acta.attachSigned': (ws, input) => lifecycle.attachSignedActa(ws.context(), input),
  'acta.getSigned': (ws, input) => lifecycle.getSignedActa(ws.context(), input.id),
  'acta.addErratum': (ws, input) => lifecycle.addErratum(ws.context(), input),

  'agreements.adopt': (ws, input) => agreements.adoptAgreement(ws.context(), input),
  'agreements.update': (ws, input) => agreements.updateAgreement(ws.context(), input),
  'agreements.remove': (ws, input) => agreements.removeAgreement(ws.context(), input.id),
  'agreements.list': (ws, input) => listAgreements(ws.context(), input),
  'agreements.get': (ws, input) => getAgreementRecord(ws.context(), input.id),
  'agreements.followUp': (ws, input) => followUps.reportFollowUp(ws.context(), input),
  'agreements.removeFollowUp': (ws, input) => followUps.removeFollowUp(ws.context(), input.id),
  'agreements.track': (ws, input) => followUps.updateTracking(ws.context(), input),
  'agreements.attachVerification': (ws, input) => followUps.attachVerification(ws.context(), input),
  'agreements.removeVerification': (ws, input) => followUps.removeVerification(ws.context(), input.id),
  'agreements.getFile': (ws, input) => followUps.getAgreementFile(ws.context(), input),
  'agreements.silence': (ws, input) => followUps.silenceReminders(ws.context(), input),
  'agreements.byInstitution': (ws) => standingByInstitution(ws.context()),
  'agreements.reminders': (ws) => dueReminders(ws.context()),
  'agreements.forSession': (ws, input) => sessionFollowUp(ws.context(), input.sessionId),
  'agreements.issueReminder': (ws, input) => agreementDocuments.issueReminder(ws.context(), input),
  'agreements.reminderLetters': (ws, input) => agreementDocuments.reminderLetters(ws.context(), input),

  'dashboard.get': (ws) => getDashboard(ws.context()),

  'plan.list': (ws) => plans.listPlans(ws.context()),
  'plan.get': (ws, input) => plans.getPlan(ws.context(), input.id),
  'plan.create': (ws, input) => plans.createPlan(ws.context(), input),
  'plan.update': (ws, input) => plans.updatePlan(ws.context(), input),
  'plan.remove': (ws, input) => plans.removePlan(ws.context(), input.id),
  'plan.saveLine': (ws, input) => planStructure.saveLine(ws.context(), input),
  'plan.saveObjective': (ws, input) => planStructure.saveObjective(ws.context(), input),
  'plan.saveActivity': (ws, input) => planStructure.saveActivity(ws.context(), input),
  'plan.saveIndicator': (ws, input) => planStructure.saveIndicator(ws.context(), input),
  'plan.removeNode': (ws, input) => planStructure.removeNode(ws.context(), input),
  'plan.moveNode': (ws, input) => planStructure.moveNode(ws.context(), input),
  'plan.approve': (ws, input) => plans.approvePlan(ws.context(), input),
  'plan.close': (ws, input) => plans.closePlan(ws.context(), input.id),
  'plan.copyToNext': (ws, input) => plans.copyToNextPlan(ws.context(), input),
  'plan.reportProgress': (ws, input) => planProgress.reportProgress(ws.context(), input),
  'plan.getEvidence': (ws, input) => planProgress.getEvidence(ws.context(), input.indicatorId, input.period),
  'plan.progress': (ws, input) => planProgress.progressOverview(ws.context(), input),

  'protocol.list': (ws) => protocol.listVersions(ws.context()),
  'protocol.get': (ws, input) => protocol.getVersion(ws.context(), input.id),
  'protocol.create': (ws, input) => protocol.createProtocol(ws.context(), input),
  'protocol.newVersion': (ws) => protocol.newVersion(ws.context()),
  'protocol.rename': (ws, input) => protocol.renameVersion(ws.context(), input),
  'protocol.saveSection': (ws, input) => protocol.saveSection(ws.context(), input),
  'protocol.saveFunction': (ws, input) => protocol.saveFunction(ws.context(), input),
  'protocol.saveRouteStep': (ws, input) => protocol.saveRouteStep(ws.context(), input),
  'protocol.saveGroupCare': (ws, input) => protocol.saveGroupCare(ws.context(), input),
  'protocol.removeItem': (ws, input) => protocol.removeItem(ws.context(), input),
  'protocol.moveItem': (ws, input) => protocol.moveItem(ws.context(), input),
  'protocol.remove': (ws, input) => protocol.removeVersion(ws.context(), input.id),
  'protocol.approve': (ws, input) => protocol.approveVersion(ws.context(), input),
  'protocol.diff': (ws, input) => diffVersions(ws.context(), input),

  'documents.session': (ws, input) => exportSessionDocument(ws.context(), input),
  'documents.plan': (ws, input) => exportPlan(ws.context(), input),
  'documents.planReport': (ws, input) => exportPlanReport(ws.context(), input),
  'documents.protocol': (ws, input) => exportProtocol(ws.context(), input),
  'documents.agreementMatrix': (ws, input) => agreementDocuments.exportMatrix(ws.context(), input),
  'documents.reminderLetter': (ws, input) => agreementDocuments.exportReminderLetter(ws.context(), input.id),
};
