/** The chores done in one step: cargos of several addressees, a roll call's titulares, the agenda copied and placed. */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE } from '../../electron/backend/workspace';
import { convene, type Instancia, markPresent, setUpInstancia, unanimous, validSession } from '../support/sessionFixtures';
import { openTestWorkspace, snapshotDatabase, type TestWorkspace } from '../support/workspace';

let ws: TestWorkspace;
let members: Instancia;
const dbFile = () => path.join(ws.dir, DEFAULT_DATABASE);

beforeEach(async () => {
  ws = await openTestWorkspace();
  members = await setUpInstancia(ws);
});
afterEach(() => ws.close());

const titles = (agenda: { title: string }[]) => agenda.map((item) => item.title);

describe('recording several cargos at once', () => {
  it('dates every chosen addressee in one call and leaves the others pending', async () => {
    const { id } = await ws.call('sessions.create', validSession());
    await convene(ws, id);
    const chosen = members.voting.slice(0, 4);
    const detail = await ws.call('sessions.recordDeliveries', { sessionId: id, institutionIds: chosen, deliveredOn: '2026-03-04', receivedBy: 'Mesa de partes' });
    for (const institutionId of chosen) {
      expect(detail.addressees.find((a) => a.institutionId === institutionId)).toMatchObject({ deliveredOn: '2026-03-04', receivedBy: 'Mesa de partes' });
    }
    expect(detail.addressees.find((a) => a.institutionId === members.voting[4])).toMatchObject({ deliveredOn: null, receivedBy: '' });
    expect(detail.deliveriesMissing).toBe(1);
  });

  it.each([
    ['no institution', () => ({ institutionIds: [] }), 'institutionIds', 'sessions.noAddresseeChosen'],
    ['no date', () => ({ deliveredOn: null }), 'deliveredOn', 'validation.required'],
    ['an impossible date', () => ({ deliveredOn: '2026-02-30' }), 'deliveredOn', 'validation.impossibleDate'],
    ['a date before the oficio', () => ({ deliveredOn: '2026-03-01' }), 'deliveredOn', 'sessions.deliveryBeforeConvocation'],
    ['an institution that is not an addressee', () => ({ institutionIds: [members.voting[0]!, members.voiceOnly[0]!] }), 'institutionIds', 'sessions.notAddressee'],
  ])('refuses %s and records none of them', async (_label, change, field, key) => {
    const { id } = await ws.call('sessions.create', validSession());
    await convene(ws, id);
    const before = snapshotDatabase(dbFile());
    const error = await ws.fail('sessions.recordDeliveries', { sessionId: id, institutionIds: members.voting, deliveredOn: '2026-03-04', ...change() });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.map((f) => [f.path, f.key])).toContainEqual([field, key]);
    expect(snapshotDatabase(dbFile())).toBe(before);
  });

  it('needs the convocation issued first', async () => {
    const { id } = await ws.call('sessions.create', validSession());
    const error = await ws.fail('sessions.recordDeliveries', { sessionId: id, institutionIds: members.voting, deliveredOn: '2026-03-04' });
    expect(error).toMatchObject({ code: 'CONFLICT', key: 'sessions.notConvened' });
  });
});

describe('all titulares present', () => {
  it('marks each institution with vote still absent, keeps alternos and excuses, and counts the quorum', async () => {
    const { id } = await ws.call('sessions.create', validSession());
    await ws.call('sessions.setAttendance', { sessionId: id, institutionId: members.voting[0]!, status: 'alterno' });
    await ws.call('sessions.setAttendance', { sessionId: id, institutionId: members.voting[1]!, status: 'excused' });
    const detail = await ws.call('sessions.markTitularesPresent', { sessionId: id });
    const status = (institutionId: number) => detail.attendance.find((a) => a.institutionId === institutionId);
    expect(status(members.voting[0]!)).toMatchObject({ status: 'alterno', attendeeName: 'Alterno 1' });
    expect(status(members.voting[1]!)).toMatchObject({ status: 'excused', attendeeName: '' });
    expect(status(members.voting[2]!)).toMatchObject({ status: 'titular', attendeeName: 'Titular 3', attendeePost: 'Coordinadora' });
    expect(status(members.voiceOnly[0]!)).toMatchObject({ status: 'absent' });
    expect(detail.quorum).toMatchObject({ present: 4, met: true });
  });

  it('is refused before the session day and on a locked acta, writing nothing', async () => {
    const future = await ws.call('sessions.create', validSession({ date: '2026-03-19' }));
    const before = snapshotDatabase(dbFile());
    expect((await ws.fail('sessions.markTitularesPresent', { sessionId: future.id })).fields?.[0]?.key).toBe('sessions.attendanceOnFutureSession');
    expect((await ws.fail('sessions.markTitularesPresent', { sessionId: 'uno' })).code).toBe('VALIDATION');
    expect(snapshotDatabase(dbFile())).toBe(before);

    const earlier = await approvedSession();
    const locked = await ws.fail('sessions.markTitularesPresent', { sessionId: earlier });
    expect(locked).toMatchObject({ code: 'LOCKED', key: 'sessions.actaLocked' });
  });
});

/** A session of 5 March whose acta was approved in the one of 12 March; returns the approved one. */
async function approvedSession(): Promise<number> {
  const first = await ws.call('sessions.create', validSession({ date: '2026-03-05' }));
  await convene(ws, first.id, '2026-02-26');
  await markPresent(ws, first.id, members.voting.slice(0, 3));
  await ws.call('sessions.saveProceedings', { sessionId: first.id, call: 'first', startTime: '10:10', endTime: '12:30' });
  await ws.call('agreements.adopt', unanimous(first.agenda.at(-1)!.id, [members.voting[0]!]));
  const later = await ws.call('sessions.create', validSession({ date: '2026-03-10' }));
  await markPresent(ws, later.id, members.voting.slice(0, 3));
  await ws.call('acta.approve', { id: first.id, approvedInSessionId: later.id, observations: '' });
  return first.id;
}

describe('placing a new agenda point', () => {
  it('puts an informe under "Informes" and a matter of the orden del día before "Varios"', async () => {
    const { id } = await ws.call('sessions.create', validSession());
    const add = (title: string, kind: 'informes' | 'orden_del_dia' | 'otros' | 'pedidos') => ws.call('sessions.addAgendaItem', { sessionId: id, title, kind });
    await add('Varios', 'otros');
    await add('Informe del CEM sobre atenciones', 'informes');
    await add('Informe de la Comisaría', 'informes');
    await add('Plan de Acción Local 2027', 'orden_del_dia');
    await add('Pedido de la UGEL', 'pedidos');
    const detail = await ws.call('sessions.get', { id });
    expect(titles(detail.agenda)).toEqual([
      'Verificación del quórum',
      'Lectura y aprobación del acta de la sesión anterior',
      'Despacho',
      'Informes',
      'Informe del CEM sobre atenciones',
      'Informe de la Comisaría',
      'Pedidos',
      'Pedido de la UGEL',
      'Seguimiento de acuerdos',
      'Plan de Acción Local 2027',
      'Varios',
    ]);
    expect(detail.agenda.map((item) => item.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});

describe('copying the previous session agenda', () => {
  it('brings the points the new agenda lacks, once, where they are numbered with their own', async () => {
    const previous = await ws.call('sessions.create', validSession({ date: '2026-03-05' }));
    await ws.call('sessions.addAgendaItem', { sessionId: previous.id, title: 'Campaña casa por casa', kind: 'orden_del_dia', presenterInstitutionId: members.voting[1]!, notes: 'Traer el padrón de visitas' });
    await ws.call('sessions.addAgendaItem', { sessionId: previous.id, title: 'Informe del CEM', kind: 'informes' });
    // An older session is not the previous one.
    const older = await ws.call('sessions.create', validSession({ date: '2026-02-05' }));
    await ws.call('sessions.addAgendaItem', { sessionId: older.id, title: 'Asunto de febrero', kind: 'orden_del_dia' });

    const { id } = await ws.call('sessions.create', validSession());
    await ws.call('sessions.addAgendaItem', { sessionId: id, title: 'Varios', kind: 'otros' });
    const copied = await ws.call('sessions.copyPreviousAgenda', { sessionId: id });
    expect(copied).toEqual({ copied: 2, fromTitle: 'Sesión Ordinaria del 05/03/2026' });
    const { agenda } = await ws.call('sessions.get', { id });
    expect(titles(agenda)).toEqual([
      'Verificación del quórum',
      'Lectura y aprobación del acta de la sesión anterior',
      'Despacho',
      'Informes',
      'Informe del CEM',
      'Pedidos',
      'Seguimiento de acuerdos',
      'Campaña casa por casa',
      'Varios',
    ]);
    expect(agenda.find((item) => item.title === 'Campaña casa por casa')).toMatchObject({ presenterInstitutionId: members.voting[1], notes: 'Traer el padrón de visitas', discussion: [] });

    const again = await ws.call('sessions.copyPreviousAgenda', { sessionId: id });
    expect(again.copied).toBe(0);
    expect(titles((await ws.call('sessions.get', { id })).agenda)).toHaveLength(9);
  });

  it('is refused without an earlier session and on a locked acta, writing nothing', async () => {
    const first = await ws.call('sessions.create', validSession({ date: '2026-01-15' }));
    const before = snapshotDatabase(dbFile());
    expect(await ws.fail('sessions.copyPreviousAgenda', { sessionId: first.id })).toMatchObject({ code: 'CONFLICT', key: 'sessions.noPreviousSession' });
    expect((await ws.fail('sessions.copyPreviousAgenda', { sessionId: first.id, extra: true })).code).toBe('VALIDATION');
    expect(snapshotDatabase(dbFile())).toBe(before);

    const approved = await approvedSession();
    expect(await ws.fail('sessions.copyPreviousAgenda', { sessionId: approved })).toMatchObject({ code: 'LOCKED', key: 'sessions.actaLocked' });
  });
});
