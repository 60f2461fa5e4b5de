/** The contract implemented: every method name mapped to its service call. The only map of the API. */
import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract';
import * as members from './members/service';
import * as taskforce from './taskforce/service';
import type { Workspace } from './workspace';

type Handler<M extends MethodName> = (ws: Workspace, input: ParsedInput<M>) => Promise<MethodOutput<M>>;

export const handlers: { [M in MethodName]: Handler<M> } = {
  'app.status': async (ws) => ws.status(),
  'app.openDemo': (ws) => ws.openDemo(),
  'app.openReal': (ws) => ws.openReal(),
  'app.startNewDatabase': (ws) => ws.startNewDatabase(),

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
};
