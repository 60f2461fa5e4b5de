import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { report, setUpFollowUpWorld, type FollowUpWorld } from '../support/agreementFixtures';
import { validInstitution } from '../support/fixtures';
import { convene, markPresent, validSession } from '../support/sessionFixtures';

let world: FollowUpWorld;
/** A voting member of the women leaders' network that missed the session of 2 March. */
let network: number;

beforeEach(async () => {
  world = await setUpFollowUpWorld();
  network = (await world.ws.call('members.create', { ...validInstitution('Red de Mujeres Lideresas'), acronym: '', inNetwork: true })).id;
});
afterEach(() => world.ws.close());

describe('Inicio', () => {
  it('shows the next session, whether it was convened and how many cargos are missing', async () => {
    const { ws } = world;
    expect((await ws.call('dashboard.get', {})).nextSession).toBeNull();
    const session = await ws.call('sessions.create', validSession({ date: '2026-03-26' }));
    expect((await ws.call('dashboard.get', {})).nextSession).toMatchObject({ id: session.id, date: '2026-03-26', convocationIssued: false, deliveriesMissing: 0 });
    await convene(ws, session.id, '2026-03-12');
    await ws.call('sessions.recordDelivery', { sessionId: session.id, institutionId: network, deliveredOn: '2026-03-12', receivedBy: 'Mesa de partes' });
    expect((await ws.call('dashboard.get', {})).nextSession).toMatchObject({
      title: 'Segunda Sesión Ordinaria 2026',
      convocationIssued: true,
      addressees: 6,
      deliveriesMissing: 5,
    });
  });

  it('ranks attendance over the last 12 months lowest first, and compares the network with the rest', async () => {
    const dashboard = await world.ws.call('dashboard.get', {});
    expect(dashboard.sessionsLast12Months).toBe(1);
    expect(dashboard.attendance[0]).toMatchObject({ institutionId: network, name: 'Red de Mujeres Lideresas', inNetwork: true, sessions: 1, present: 0, rate: 0 });
    expect(dashboard.attendance.slice(1).every((a) => a.rate === 1)).toBe(true);
    expect(dashboard.network).toMatchObject({ institutions: 1, votingShare: 1 / 6, attendanceRate: 0, othersAttendanceRate: 1, reports: 0, openAgreements: 0 });
  });

  it("counts an approved session's seats as its acta recorded them, not as membership reads today", async () => {
    const { ws, members } = world;
    await ws.call('sessions.saveProceedings', { sessionId: world.firstSession, call: 'first', startTime: '10:00', endTime: '12:00' });
    const approving = await ws.call('sessions.create', validSession({ date: '2026-03-12' }));
    await convene(ws, approving.id, '2026-03-05');
    await markPresent(ws, approving.id, members.voting);
    await ws.call('acta.approve', { id: world.firstSession, approvedInSessionId: approving.id });
    // Registered afterwards with a start date before the approved session: that acta never listed it.
    const late = await ws.call('members.create', { ...validInstitution('Defensoría del Pueblo'), acronym: '' });
    const row = (await ws.call('dashboard.get', {})).attendance.find((a) => a.institutionId === late.id);
    expect(row).toMatchObject({ sessions: 1, present: 0 });
  });

  it('forgets attendance older than a year', async () => {
    world.clock.set('2027-03-03');
    const dashboard = await world.ws.call('dashboard.get', {});
    expect(dashboard).toMatchObject({ sessionsLast12Months: 0, attendance: [] });
    expect(dashboard.network.attendanceRate).toBeNull();
  });

  it("counts the network's reports and the open agreements it answers for", async () => {
    const { ws, agreements } = world;
    await ws.call('agreements.followUp', report(agreements.campaign, { institutionId: network }));
    expect((await ws.call('dashboard.get', {})).network).toMatchObject({ reports: 1, openAgreements: 0 });
  });

  it('lists the overdue and the soon-due agreements with their responsibles', async () => {
    world.clock.set('2026-03-21');
    const dashboard = await world.ws.call('dashboard.get', {});
    expect(dashboard.overdue.map((a) => [a.id, a.responsibleNames])).toEqual([
      [world.agreements.campaign, ['Centro Emergencia Mujer San Juan', 'Comisaría PNP San Juan']],
    ]);
    expect(dashboard.dueSoon.map((a) => a.id)).toEqual([world.agreements.plan]);
  });
});
