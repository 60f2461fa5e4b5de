import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE } from '../../electron/backend/workspace';
import { validSettings } from '../support/fixtures';
import { convene, type Instancia, markPresent, setUpInstancia, validSession } from '../support/sessionFixtures';
import { openTestWorkspace, snapshotDatabase, type TestWorkspace } from '../support/workspace';

let ws: TestWorkspace;
let members: Instancia;
const dbFile = () => path.join(ws.dir, DEFAULT_DATABASE);

beforeEach(async () => {
  ws = await openTestWorkspace();
  members = await setUpInstancia(ws);
});
afterEach(() => ws.close());

describe('creating a session', () => {
  it('starts with the standing agenda and the roster of its date, unnumbered', async () => {
    const session = await ws.call('sessions.create', validSession());
    expect(session.number).toBeNull();
    expect(session.title).toBe('Sesión Ordinaria del 12/03/2026');
    expect(session.agenda.map((i) => i.kind)).toEqual(['quorum', 'aprobacion_acta', 'despacho', 'informes', 'pedidos', 'seguimiento_acuerdos']);
    expect(session.attendance).toHaveLength(6);
    expect(session.attendance.filter((a) => a.hasVote)).toHaveLength(5);
    expect(session.attendance.every((a) => a.status === 'absent')).toBe(true);
    expect(session.attendance[0]?.titularName).toMatch(/^Titular \d$/);
    expect(session.quorum).toMatchObject({ votingMembers: 5, present: 0, required: 3, met: false, missing: 3 });
    expect(session.actaStatus).toBe('borrador');
    expect(session.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('uses the standing agenda the instancia configured', async () => {
    await ws.call('taskforce.save', {
      ...validSettings(),
      defaultAgenda: [
        { title: 'Verificación del quórum', kind: 'quorum' },
        { title: 'Informe de la ST', kind: 'informes' },
      ],
    });
    expect((await ws.call('taskforce.get', {}))?.defaultAgenda).toHaveLength(2);
    const session = await ws.call('sessions.create', validSession());
    expect(session.agenda.map((i) => i.title)).toEqual(['Verificación del quórum', 'Informe de la ST']);
  });

  it.each([
    [{ mode: 'virtual' as const, virtualLink: '' }, 'virtualLink', 'sessions.linkRequired'],
    [{ mode: 'presencial' as const, place: '' }, 'place', 'sessions.placeRequired'],
    [{ secondCallTime: '09:30' }, 'secondCallTime', 'sessions.secondCallBeforeFirst'],
    [{ firstCallTime: '25:00' }, 'firstCallTime', 'validation.timeFormat'],
    [{ date: '2026-02-30' }, 'date', 'validation.impossibleDate'],
    [{ mode: 'virtual' as const, virtualLink: 'zoom sala 3' }, 'virtualLink', 'sessions.linkInvalid'],
  ])('refuses %o with a message on %s and writes nothing', async (change, field, key) => {
    const before = snapshotDatabase(dbFile());
    const error = await ws.fail('sessions.create', validSession(change));
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toContainEqual(expect.objectContaining({ path: field, key }));
    expect(snapshotDatabase(dbFile())).toBe(before);
  });

  it('accepts a virtual session with its link and no place', async () => {
    const session = await ws.call('sessions.create', validSession({ mode: 'virtual', place: '', virtualLink: 'https://meet.example/idc' }));
    expect(session).toMatchObject({ mode: 'virtual', virtualLink: 'https://meet.example/idc' });
  });
});

describe('the agenda', () => {
  it('adds, edits, reorders and removes items', async () => {
    const session = await ws.call('sessions.create', validSession());
    const item = await ws.call('sessions.addAgendaItem', {
      sessionId: session.id,
      title: 'Aprobación del Plan de Acción Local 2026-2027',
      kind: 'orden_del_dia',
      presenterInstitutionId: members.voting[0]!,
    });
    expect(item).toMatchObject({ position: 7, presenterName: 'Comisaría PNP San Juan' });
    const ids = [item.id, ...session.agenda.map((i) => i.id)];
    const reordered = await ws.call('sessions.reorderAgenda', { sessionId: session.id, itemIds: ids });
    expect(reordered.map((i) => i.id)).toEqual(ids);
    expect(reordered[0]?.title).toBe('Aprobación del Plan de Acción Local 2026-2027');

    const stale = await ws.fail('sessions.reorderAgenda', { sessionId: session.id, itemIds: ids.slice(1) });
    expect(stale).toMatchObject({ code: 'CONFLICT', key: 'sessions.agendaMismatch' });

    await ws.call('sessions.removeAgendaItem', { id: item.id });
    const detail = await ws.call('sessions.get', { id: session.id });
    expect(detail.agenda.map((i) => i.position)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(detail.agenda).toHaveLength(6);
  });
});

describe('the convocation', () => {
  it('numbers the session per kind and year and the oficio per year, once', async () => {
    const first = await ws.call('sessions.create', validSession());
    const convened = await convene(ws, first.id);
    expect(convened.number).toBe(1);
    expect(convened.title).toBe('Primera Sesión Ordinaria 2026');
    expect(convened.actaNumberText).toBe('ACTA DE LA PRIMERA SESIÓN ORDINARIA N° 001-2026-MDSJP/SGDS');
    expect(convened.convocation).toMatchObject({ numberText: 'OFICIO MÚLTIPLE N° 001-2026-MDSJP/SGDS', date: '2026-03-02', signer: 'secretariat' });

    const again = await ws.fail('sessions.issueConvocation', { sessionId: first.id, date: '2026-03-03', signer: 'presidency' });
    expect(again).toMatchObject({ code: 'CONFLICT', key: 'sessions.alreadyConvened' });

    const extra = await ws.call('sessions.create', validSession({ kind: 'extraordinaria', date: '2026-03-20' }));
    const extraConvened = await convene(ws, extra.id, '2026-03-13');
    expect(extraConvened.title).toBe('Primera Sesión Extraordinaria 2026');
    expect(extraConvened.convocation?.numberText).toBe('OFICIO MÚLTIPLE N° 002-2026-MDSJP/SGDS');

    const second = await ws.call('sessions.create', validSession({ date: '2026-04-16' }));
    expect((await convene(ws, second.id, '2026-04-06')).title).toBe('Segunda Sesión Ordinaria 2026');
  });

  it('never reuses a number and never deletes a numbered session', async () => {
    const draft = await ws.call('sessions.create', validSession());
    await ws.call('sessions.remove', { id: draft.id });
    const convened = await convene(ws, (await ws.call('sessions.create', validSession())).id);
    expect(convened.number).toBe(1);
    const refused = await ws.fail('sessions.remove', { id: convened.id });
    expect(refused).toMatchObject({ code: 'CONFLICT', key: 'sessions.cannotRemoveConvened' });
    // Even if the number's row were gone, the counter moves on.
    const next = await convene(ws, (await ws.call('sessions.create', validSession({ date: '2026-04-16' }))).id, '2026-04-01');
    expect(next.number).toBe(2);
    expect(next.convocation?.numberText).toContain('002-2026');
  });

  it('addresses every institution with vote plus the invited ones, and fixes the kind once numbered', async () => {
    const session = await ws.call('sessions.create', validSession());
    const refused = await ws.fail('sessions.setAddressees', { sessionId: session.id, invitedIds: [members.voting[0]!] });
    expect(refused.fields?.[0]?.key).toBe('sessions.invitedMustBeVoiceOnly');
    await ws.call('sessions.setAddressees', { sessionId: session.id, invitedIds: members.voiceOnly });
    const convened = await convene(ws, session.id);
    expect(convened.addressees).toHaveLength(6);
    expect(convened.deliveriesMissing).toBe(6);

    const kindChange = await ws.fail('sessions.update', { ...validSession({ kind: 'extraordinaria' }), id: session.id });
    expect(kindChange).toMatchObject({ code: 'CONFLICT', key: 'sessions.kindFixedOnceNumbered' });
    const moved = await ws.call('sessions.update', { ...validSession({ date: '2026-03-13', firstCallTime: '16:00' }), id: session.id });
    expect(moved).toMatchObject({ number: 1, date: '2026-03-13', firstCallTime: '16:00' });
  });

  it('records each delivery (cargo) and refuses impossible ones', async () => {
    const session = await ws.call('sessions.create', validSession());
    const early = await ws.fail('sessions.recordDelivery', { sessionId: session.id, institutionId: members.voting[0]!, deliveredOn: '2026-03-03' });
    expect(early.key).toBe('sessions.notConvened');
    await convene(ws, session.id);
    const before = await ws.fail('sessions.recordDelivery', { sessionId: session.id, institutionId: members.voting[0]!, deliveredOn: '2026-03-01' });
    expect(before.fields?.[0]).toMatchObject({ path: 'deliveredOn', key: 'sessions.deliveryBeforeConvocation' });
    const stranger = await ws.fail('sessions.recordDelivery', { sessionId: session.id, institutionId: members.voiceOnly[0]!, deliveredOn: '2026-03-03' });
    expect(stranger.fields?.[0]?.key).toBe('sessions.notAddressee');

    const detail = await ws.call('sessions.recordDelivery', {
      sessionId: session.id,
      institutionId: members.voting[0]!,
      deliveredOn: '2026-03-03',
      receivedBy: 'Mesa de partes',
    });
    expect(detail.addressees.find((a) => a.institutionId === members.voting[0])).toMatchObject({ deliveredOn: '2026-03-03', receivedBy: 'Mesa de partes' });
    expect(detail.deliveriesMissing).toBe(4);
    const [listed] = await ws.call('sessions.list', { year: 2026 });
    expect(listed?.deliveriesMissing).toBe(4);
  });
});

describe('attendance and quorum', () => {
  it('counts each institution with vote once, never the voice-only ones, live', async () => {
    const { id } = await ws.call('sessions.create', validSession());
    await markPresent(ws, id, members.voting.slice(0, 2));
    let detail = await ws.call('sessions.setAttendance', { sessionId: id, institutionId: members.voiceOnly[0]!, status: 'titular', attendeeName: 'Invitada' });
    expect(detail.quorum).toMatchObject({ present: 2, required: 3, met: false, missing: 1 });

    detail = await ws.call('sessions.setAttendance', { sessionId: id, institutionId: members.voting[2]!, status: 'alterno' });
    expect(detail.quorum).toMatchObject({ present: 3, met: true, missing: 0 });
    const alterno = detail.attendance.find((a) => a.institutionId === members.voting[2]);
    expect(alterno).toMatchObject({ status: 'alterno', attendeeName: 'Alterno 3', attendeePost: 'Coordinadora' });

    // Switching the same institution from alterno to titular still counts it once.
    detail = await ws.call('sessions.setAttendance', { sessionId: id, institutionId: members.voting[2]!, status: 'titular' });
    expect(detail.quorum.present).toBe(3);

    // Quorum lost and regained.
    detail = await ws.call('sessions.setAttendance', { sessionId: id, institutionId: members.voting[0]!, status: 'excused' });
    expect(detail.quorum).toMatchObject({ present: 2, met: false, missing: 1 });
    detail = await ws.call('sessions.setAttendance', { sessionId: id, institutionId: members.voting[3]!, status: 'titular', arrivalTime: '10:25' });
    expect(detail.quorum).toMatchObject({ present: 3, met: true });
    expect(detail.presentCount).toBe(4);
  });

  it('applies the second-call threshold only when the reglamento has one', async () => {
    const { id } = await ws.call('sessions.create', validSession());
    const refused = await ws.fail('sessions.saveProceedings', { sessionId: id, call: 'second', startTime: '10:30', endTime: null });
    expect(refused.fields?.[0]?.key).toBe('sessions.noSecondCall');

    await ws.call('taskforce.save', {
      ...validSettings(),
      quorum: { firstCall: { kind: 'majority' }, secondCall: { kind: 'fraction', numerator: 1, denominator: 3 }, secondCallDelayMinutes: 30 },
    });
    await markPresent(ws, id, members.voting.slice(0, 2));
    expect((await ws.call('sessions.get', { id })).quorum).toMatchObject({ call: 'first', required: 3, met: false });
    const second = await ws.call('sessions.saveProceedings', { sessionId: id, call: 'second', startTime: '10:30', endTime: null });
    expect(second.quorum).toMatchObject({ call: 'second', required: 2, met: true });
  });

  it('refuses presence before the session day and institutions outside the roster', async () => {
    const future = await ws.call('sessions.create', validSession({ date: '2026-03-19' }));
    const early = await ws.fail('sessions.setAttendance', { sessionId: future.id, institutionId: members.voting[0]!, status: 'titular' });
    expect(early.fields?.[0]?.key).toBe('sessions.attendanceOnFutureSession');
    await ws.call('sessions.setAttendance', { sessionId: future.id, institutionId: members.voting[0]!, status: 'excused' });

    const late = await ws.call('members.create', { name: 'Institución nueva', category: 'other', hasVote: true, inNetwork: false, activeFrom: '2026-04-01' });
    const { id } = await ws.call('sessions.create', validSession());
    const outside = await ws.fail('sessions.setAttendance', { sessionId: id, institutionId: late.id, status: 'titular' });
    expect(outside.fields?.[0]?.key).toBe('sessions.institutionNotOnRoster');
  });

  it('keeps guests with voice only, outside the quorum', async () => {
    const { id } = await ws.call('sessions.create', validSession());
    let detail = await ws.call('sessions.addGuest', { sessionId: id, fullName: 'Rosa Huamán', institutionName: 'PNUD', post: 'Especialista' });
    expect(detail.guests).toEqual([expect.objectContaining({ fullName: 'Rosa Huamán', institutionName: 'PNUD' })]);
    expect(detail.quorum.present).toBe(0);
    detail = await ws.call('sessions.updateGuest', { id: detail.guests[0]!.id, fullName: 'Rosa Huamán Ccori', institutionName: 'PNUD', post: '' });
    expect(detail.guests[0]?.fullName).toBe('Rosa Huamán Ccori');
    detail = await ws.call('sessions.removeGuest', { id: detail.guests[0]!.id });
    expect(detail.guests).toEqual([]);
  });

  it('turns an institution referenced by a session into a deactivation, not a deletion', async () => {
    const { id } = await ws.call('sessions.create', validSession());
    const bare = await ws.call('members.create', { name: 'Sin representantes', category: 'other', hasVote: true, inNetwork: false, activeFrom: '2025-01-01' });
    await ws.call('sessions.setAttendance', { sessionId: id, institutionId: bare.id, status: 'excused' });
    expect(await ws.call('members.remove', { id: bare.id, date: '2026-03-20' })).toEqual({ outcome: 'deactivated' });
  });
});
