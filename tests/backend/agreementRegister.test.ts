import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import { report, setUpFollowUpWorld, type FollowUpWorld } from '../support/agreementFixtures';
import { convene, markPresent, unanimous, validSession } from '../support/sessionFixtures';

let world: FollowUpWorld;
/** A second session, of 10 March, with one agreement for the Comisaría due 11 March. */
let secondSession: number;
let late: number;

beforeEach(async () => {
  world = await setUpFollowUpWorld();
  const { ws, members } = world;
  const session = await ws.call('sessions.create', validSession({ date: '2026-03-10' }));
  secondSession = session.id;
  await convene(ws, session.id, '2026-03-03');
  await markPresent(ws, session.id, members.voting);
  late = (await ws.call('agreements.adopt', { ...unanimous(session.agenda.at(-1)!.id, [members.voting[0]!], 'Informar sobre las denuncias atendidas.'), deadline: '2026-03-11' })).id;
  await ws.call('agreements.followUp', report(world.agreements.campaign, { reportedOn: '2026-03-11', progress: 40 }));
});
afterEach(() => world.ws.close());

const ids = async (filter: Partial<MethodInput<'agreements.list'>>) => (await world.ws.call('agreements.list', filter)).items.map((a) => a.id);

describe('the register', () => {
  it('lists every agreement of every session, numbered in order, with where it stands', async () => {
    const page = await world.ws.call('agreements.list', {});
    expect(page.total).toBe(4);
    expect(page.items.map((a) => [a.number, a.sessionTitle, a.status, a.progress, a.overdue])).toEqual([
      [1, 'Primera Sesión Ordinaria 2026', 'pendiente', 0, false],
      [2, 'Primera Sesión Ordinaria 2026', 'en_proceso', 40, false],
      [3, 'Primera Sesión Ordinaria 2026', 'pendiente', 0, false],
      [4, 'Segunda Sesión Ordinaria 2026', 'pendiente', 0, true],
    ]);
    expect(page.items[1]!.responsibleNames).toEqual(['Centro Emergencia Mujer San Juan', 'Comisaría PNP San Juan']);
    expect(page.items[0]!.responsibleNames).toEqual(['Secretaría Técnica']);
  });

  it.each<[string, () => Partial<MethodInput<'agreements.list'>>, () => number[]]>([
    ['status', () => ({ statuses: ['en_proceso'] }), () => [world.agreements.campaign]],
    ['responsible institution (lead or co-responsible)', () => ({ institutionId: world.members.voting[0]! }), () => [world.agreements.campaign, late]],
    ['the secretaría técnica', () => ({ secretariat: true }), () => [world.agreements.plan]],
    ['session', () => ({ sessionId: secondSession }), () => [late]],
    ['year', () => ({ year: 2025 }), () => []],
    ['overdue', () => ({ overdue: true }), () => [late]],
    ['due within 10 days', () => ({ dueWithinDays: 10 }), () => [world.agreements.campaign]],
    ['due within 20 days', () => ({ dueWithinDays: 20 }), () => [world.agreements.plan, world.agreements.campaign]],
    ['period of the sessions', () => ({ from: '2026-03-05', to: '2026-03-31' }), () => [late]],
    ['free text without accents', () => ({ search: 'policia' }), () => [world.agreements.campaign]],
    ['free text on a responsible name', () => ({ search: 'comisaria' }), () => [world.agreements.campaign, late]],
    ['free text on the number', () => ({ search: '003-2026' }), () => [world.agreements.shelter]],
    ['a combination', () => ({ institutionId: world.members.voting[0]!, statuses: ['pendiente'], year: 2026 }), () => [late]],
  ])('filters by %s', async (_label, filter, expected) => {
    const found = await ids(filter());
    expect(found).toEqual(expected());
    expect((await world.ws.call('agreements.list', filter())).total).toBe(expected().length);
  });

  it('finds an agreement by its corrected text while the acta is a draft', async () => {
    const { ws, members } = world;
    const item = (await ws.call('agreements.get', { id: late })).agendaItemTitle;
    expect(item).toBe('Seguimiento de acuerdos');
    await ws.call('agreements.update', { id: late, text: 'Informar sobre las atenciones del Módulo de Atención.', responsibleIds: [members.voting[0]!], deadline: '2026-03-11', adoption: 'unanimity' });
    expect(await ids({ search: 'modulo de atencion' })).toEqual([late]);
    expect(await ids({ search: 'denuncias' })).toEqual([]);
  });

  it('treats % and _ in the search as plain characters', async () => {
    expect(await ids({ search: '%' })).toEqual([]);
    expect(await ids({ search: '_' })).toEqual([]);
  });

  it('sorts by deadline with the undated last, by progress and by status, either way', async () => {
    const { plan, campaign, shelter } = world.agreements;
    expect(await ids({ sort: 'deadline' })).toEqual([late, campaign, plan, shelter]);
    expect(await ids({ sort: 'deadline', descending: true })).toEqual([plan, campaign, late, shelter]);
    expect(await ids({ sort: 'progress', descending: true })).toEqual([campaign, late, shelter, plan]);
    expect(await ids({ sort: 'status' })).toEqual([late, plan, shelter, campaign]);
    expect(await ids({ sort: 'status', descending: true })).toEqual([campaign, late, plan, shelter]);
  });

  it('pages the results and keeps the total', async () => {
    const second = await world.ws.call('agreements.list', { pageSize: 3, page: 2 });
    expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(second.items.map((a) => a.id)).toEqual([late]);
  });

  it('rejects malformed filters before querying', async () => {
    expect((await world.ws.fail('agreements.list', { dueWithinDays: -1 })).key).toBe('validation.tooSmall');
    expect((await world.ws.fail('agreements.list', { sort: 'text' })).key).toBe('validation.invalidOption');
    expect((await world.ws.fail('agreements.list', { page: 0 })).key).toBe('validation.tooSmall');
  });
});
