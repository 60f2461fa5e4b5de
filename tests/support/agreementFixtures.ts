/**
 * An instancia with a held session and its agreements, for the follow-up tests. The clock is
 * mutable so a test can move through the calendar and watch agreements fall overdue.
 */
import type { Clock } from '../../electron/backend/context';
import type { MethodInput } from '../../shared/contract';
import { convene, type Instancia, markPresent, setUpInstancia, unanimous, validSession } from './sessionFixtures';
import { openTestWorkspace, type TestWorkspace } from './workspace';

export interface MovableClock extends Clock {
  set(day: string): void;
}

export function movableClock(start: string): MovableClock {
  let today = start;
  return { today: () => today, now: () => `${today}T15:00:00.000Z`, set: (day) => (today = day) };
}

export interface FollowUpWorld {
  ws: TestWorkspace;
  clock: MovableClock;
  members: Instancia;
  /** Held on 2 March 2026 with quorum; its agreements are numbered 1, 2, 3. */
  firstSession: number;
  agreements: { plan: number; campaign: number; shelter: number };
}

/** Three agreements of 2 March: the plan (ST, due 31 March), a campaign (two institutions, due 20 March), a shelter study (no deadline). */
export async function setUpFollowUpWorld(today = '2026-03-12'): Promise<FollowUpWorld> {
  const clock = movableClock(today);
  const ws = await openTestWorkspace({ clock });
  const members = await setUpInstancia(ws);
  const session = await ws.call('sessions.create', validSession({ date: '2026-03-02' }));
  await convene(ws, session.id, '2026-02-20');
  await markPresent(ws, session.id, members.voting);
  const item = session.agenda.at(-1)!.id;
  const adopt = (input: MethodInput<'agreements.adopt'>) => ws.call('agreements.adopt', input).then((a) => a.id);
  const plan = await adopt({ ...unanimous(item, []), secretariatResponsible: true, text: 'Aprobar el Plan de Acción Local 2026.' });
  const campaign = await adopt({
    ...unanimous(item, [members.voting[1]!, members.voting[0]!], 'Realizar la campaña casa por casa en la zona de la Policía comunitaria.'),
    deadline: '2026-03-20',
  });
  const shelter = await adopt({ ...unanimous(item, [members.voting[2]!], 'Estudiar la creación de un hogar de refugio temporal.'), deadline: null });
  return { ws, clock, members, firstSession: session.id, agreements: { plan, campaign, shelter } };
}

/** A report by the Secretaría Técnica, outside any session. */
export const report = (
  agreementId: number,
  overrides: Partial<MethodInput<'agreements.followUp'>> = {},
): MethodInput<'agreements.followUp'> => ({
  agreementId,
  reportedOn: '2026-03-10',
  text: 'Se coordinó con las instituciones responsables.',
  status: 'en_proceso',
  progress: 30,
  ...overrides,
});

export const pdfBase64 = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64');
