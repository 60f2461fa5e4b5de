import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE } from '../../electron/backend/workspace';
import { pdfBase64, report, setUpFollowUpWorld, type FollowUpWorld } from '../support/agreementFixtures';
import { pngHeader, validInstitution } from '../support/fixtures';
import { convene, markPresent, validSession } from '../support/sessionFixtures';
import { openTestWorkspace, snapshotDatabase } from '../support/workspace';

let world: FollowUpWorld;
const dbFile = () => path.join(world.ws.dir, DEFAULT_DATABASE);

beforeEach(async () => {
  world = await setUpFollowUpWorld();
});
afterEach(() => world.ws.close());

describe('the follow-up log', () => {
  it('keeps every report: the latest sets status and progress, the timeline shows each change', async () => {
    const { ws, agreements } = world;
    await ws.call('agreements.followUp', report(agreements.campaign, { reportedOn: '2026-03-05', progress: 20 }));
    await ws.call('agreements.followUp', report(agreements.campaign, { reportedOn: '2026-03-09', progress: 60, institutionId: world.members.voting[1]! }));
    const record = await ws.call('agreements.followUp', report(agreements.campaign, { reportedOn: '2026-03-11', status: 'cumplido', progress: 100 }));

    expect(record).toMatchObject({ status: 'cumplido', progress: 100, lastReportOn: '2026-03-11', overdue: false });
    expect(record.followUps.map((f) => [f.reportedOn, f.previousStatus, f.status, f.previousProgress, f.progress, f.reporter])).toEqual([
      ['2026-03-05', 'pendiente', 'en_proceso', 0, 20, 'Secretaría Técnica'],
      ['2026-03-09', 'en_proceso', 'en_proceso', 20, 60, 'Centro Emergencia Mujer San Juan'],
      ['2026-03-11', 'en_proceso', 'cumplido', 60, 100, 'Secretaría Técnica'],
    ]);
    expect(record.followUps.map((f) => f.removable)).toEqual([false, false, true]);
  });

  it('takes back only the latest report, and the one before applies again', async () => {
    const { ws, agreements } = world;
    const first = await ws.call('agreements.followUp', report(agreements.plan, { reportedOn: '2026-03-05', progress: 20 }));
    const second = await ws.call('agreements.followUp', report(agreements.plan, { reportedOn: '2026-03-09', progress: 70 }));
    expect((await ws.fail('agreements.removeFollowUp', { id: first.followUps[0]!.id })).key).toBe('agreements.followUpNotLatest');

    const after = await ws.call('agreements.removeFollowUp', { id: second.followUps[1]!.id });
    expect(after).toMatchObject({ status: 'en_proceso', progress: 20, lastReportOn: '2026-03-05' });
    const none = await ws.call('agreements.removeFollowUp', { id: first.followUps[0]!.id });
    expect(none).toMatchObject({ status: 'pendiente', progress: 0, lastReportOn: null, followUps: [] });
  });

  it('never lets the database overwrite a report, even with raw SQL', async () => {
    await world.ws.call('agreements.followUp', report(world.agreements.plan));
    await world.ws.close();
    const raw = new Database(dbFile());
    try {
      expect(() => raw.prepare(`UPDATE agreement_follow_up SET text = 'otro'`).run()).toThrow(/follow_up_immutable/);
    } finally {
      raw.close();
    }
    // Reopened so afterEach closes a live workspace.
    world.ws = await openTestWorkspace({ dir: world.ws.dir, clock: world.clock });
  });

  it('keeps an institution that reported on record: removing it only deactivates it', async () => {
    const { ws } = world;
    const reporter = await ws.call('members.create', { ...validInstitution('Defensoría del Pueblo'), acronym: '' });
    await ws.call('agreements.followUp', report(world.agreements.plan, { institutionId: reporter.id }));
    expect(await ws.call('members.remove', { id: reporter.id, date: '2026-03-12' })).toEqual({ outcome: 'deactivated' });
    expect((await ws.call('agreements.get', { id: world.agreements.plan })).followUps[0]!.reporter).toBe('Defensoría del Pueblo');
  });

  it('keeps the evidence file and gives it back', async () => {
    const record = await world.ws.call('agreements.followUp', report(world.agreements.plan, { evidence: { fileName: 'oficio.pdf', dataBase64: pdfBase64 } }));
    expect(record.followUps[0]!.evidenceName).toBe('oficio.pdf');
    const file = await world.ws.call('agreements.getFile', { kind: 'followUp', id: record.followUps[0]!.id });
    expect(file).toEqual({ fileName: 'oficio.pdf', mimeType: 'application/pdf', dataBase64: pdfBase64 });
  });
});

describe('means of verification files', () => {
  it('accepts a Word report as evidence, recognised by its content', async () => {
    const docx = Buffer.from((await world.ws.call('documents.agreementMatrix', { format: 'docx' })).dataBase64, 'base64');
    const record = await world.ws.call('agreements.attachVerification', { id: world.agreements.plan, fileName: 'informe.docx', dataBase64: docx.toString('base64') });
    expect(record.verificationFileName).toBe('informe.docx');
    const file = await world.ws.call('agreements.getFile', { kind: 'verification', id: world.agreements.plan });
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('refuses any other zip archive, even named .docx', async () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('programa.exe and other things')]);
    const before = snapshotDatabase(dbFile());
    const error = await world.ws.fail('agreements.attachVerification', { id: world.agreements.plan, fileName: 'informe.docx', dataBase64: zip.toString('base64') });
    expect(error.fields?.[0]?.key).toBe('agreements.evidenceNotAccepted');
    expect(snapshotDatabase(dbFile())).toBe(before);
  });
});

describe('bad input is refused with a Spanish message key and writes nothing', () => {
  const cases: [string, (w: FollowUpWorld) => unknown, string][] = [
    ['progress above 100', (w) => report(w.agreements.plan, { progress: 101 }), 'agreements.progressRange'],
    ['negative progress', (w) => report(w.agreements.plan, { progress: -5 }), 'agreements.progressRange'],
    ['a report dated in the future', (w) => report(w.agreements.plan, { reportedOn: '2026-03-13' }), 'agreements.followUpInFuture'],
    ['cumplido below 100 %', (w) => report(w.agreements.plan, { status: 'cumplido', progress: 40 }), 'agreements.fulfilledNeedsFullProgress'],
    ['cumplido without any report text', (w) => report(w.agreements.plan, { status: 'cumplido', progress: 100, text: '  ' }), 'validation.required'],
    ['a report before the agreement existed', (w) => report(w.agreements.plan, { reportedOn: '2026-03-01' }), 'agreements.followUpBeforeAdoption'],
    ['evidence that is not a document or image', (w) => report(w.agreements.plan, { evidence: { fileName: 'virus.exe', dataBase64: Buffer.from('MZ\x90\x00rest').toString('base64') } }), 'agreements.evidenceNotAccepted'],
    ['evidence over 5 MB', (w) => report(w.agreements.plan, { evidence: { fileName: 'grande.pdf', dataBase64: Buffer.alloc(5 * 1024 * 1024 + 10, 0x25).toString('base64') } }), 'plan.evidenceTooLarge'],
    ['an unknown status', (w) => ({ ...report(w.agreements.plan), status: 'vencido' }), 'validation.invalidOption'],
  ];

  it.each(cases)('%s', async (_label, input, key) => {
    const before = snapshotDatabase(dbFile());
    const error = await world.ws.fail('agreements.followUp', input(world));
    expect(error.fields?.[0]?.key ?? error.key).toBe(key);
    expect(snapshotDatabase(dbFile())).toBe(before);
  });

  it('refuses a report older than the last one', async () => {
    await world.ws.call('agreements.followUp', report(world.agreements.plan, { reportedOn: '2026-03-10' }));
    const before = snapshotDatabase(dbFile());
    const error = await world.ws.fail('agreements.followUp', report(world.agreements.plan, { reportedOn: '2026-03-08' }));
    expect(error.fields?.[0]).toMatchObject({ key: 'agreements.followUpBeforeLast', params: { date: '10/03/2026' } });
    expect(snapshotDatabase(dbFile())).toBe(before);
  });

  it('keeps an annulled agreement closed', async () => {
    await world.ws.call('agreements.followUp', report(world.agreements.shelter, { status: 'anulado', progress: 0, text: 'Anulado por acuerdo de la sesión.' }));
    expect((await world.ws.fail('agreements.followUp', report(world.agreements.shelter, { reportedOn: '2026-03-11' }))).key).toBe('agreements.annulledIsFinal');
  });

  it('refuses to remove from the acta an agreement that has reports', async () => {
    await world.ws.call('agreements.followUp', report(world.agreements.shelter));
    expect((await world.ws.fail('agreements.remove', { id: world.agreements.shelter })).key).toBe('agreements.hasFollowUp');
  });

  it('refuses a reporting institution that does not exist', async () => {
    const error = await world.ws.fail('agreements.followUp', report(world.agreements.plan, { institutionId: 999 }));
    expect(error.fields?.[0]?.key).toBe('members.institutionNotFound');
  });
});

describe('overdue is derived, never typed', () => {
  it('turns an open agreement overdue the day after its deadline, and a closed one never', async () => {
    const { ws, clock, agreements } = world;
    const campaign = () => ws.call('agreements.get', { id: agreements.campaign });
    clock.set('2026-03-20');
    expect(await campaign()).toMatchObject({ status: 'pendiente', overdue: false });
    clock.set('2026-03-21');
    expect(await campaign()).toMatchObject({ status: 'pendiente', overdue: true });
    await ws.call('agreements.followUp', report(agreements.campaign, { reportedOn: '2026-03-21', progress: 50 }));
    expect(await campaign()).toMatchObject({ status: 'en_proceso', overdue: true });
    await ws.call('agreements.followUp', report(agreements.campaign, { reportedOn: '2026-03-21', status: 'cumplido', progress: 100 }));
    expect(await campaign()).toMatchObject({ status: 'cumplido', overdue: false });
    // Without a deadline nothing is ever overdue.
    clock.set('2030-01-01');
    expect(await ws.call('agreements.get', { id: agreements.shelter })).toMatchObject({ overdue: false });
  });

  it('counts overdue apart on the dashboard as days go by', async () => {
    const { ws, clock } = world;
    expect((await ws.call('dashboard.get', {})).byStatus).toMatchObject({ pendiente: 3, vencido: 0 });
    clock.set('2026-03-21');
    expect((await ws.call('dashboard.get', {})).byStatus).toMatchObject({ pendiente: 2, vencido: 1 });
    clock.set('2026-04-01');
    const dashboard = await ws.call('dashboard.get', {});
    expect(dashboard.byStatus).toMatchObject({ pendiente: 1, vencido: 2 });
    expect(dashboard.overdue.map((a) => a.id)).toEqual([world.agreements.campaign, world.agreements.plan]);
  });
});

describe('verification, observations and reminders', () => {
  it('keeps the means of verification and observations changing after the acta is locked', async () => {
    const { ws, agreements, members } = world;
    await ws.call('sessions.saveProceedings', { sessionId: world.firstSession, call: 'first', startTime: '10:00', endTime: '12:00' });
    const approving = await ws.call('sessions.create', validSession({ date: '2026-03-12' }));
    await convene(ws, approving.id, '2026-03-05');
    await markPresent(ws, approving.id, members.voting);
    await ws.call('acta.approve', { id: world.firstSession, approvedInSessionId: approving.id });
    expect((await ws.call('agreements.get', { id: agreements.plan })).textLocked).toBe(true);
    const record = await ws.call('agreements.track', { id: agreements.plan, verification: 'Oficio N° 045-2026-CEM', observations: 'Falta el informe final.' });
    expect(record).toMatchObject({ verification: 'Oficio N° 045-2026-CEM', observations: 'Falta el informe final.' });
    const attached = await ws.call('agreements.attachVerification', { id: agreements.plan, fileName: 'foto.png', dataBase64: pngHeader(40).toString('base64') });
    expect(attached).toMatchObject({ verificationFileName: 'foto.png', hasVerificationFile: true });
    expect((await ws.call('agreements.removeVerification', { id: agreements.plan })).hasVerificationFile).toBe(false);
  });

  it('asks for confirmation before saving observations that look like they identify a victim', async () => {
    const error = await world.ws.fail('agreements.track', { id: world.agreements.plan, verification: '', observations: 'La víctima Rosa Quispe con DNI 41234567' });
    expect(error.key).toBe('sessions.sensitiveText');
  });

  it('reminds of overdue and week-due agreements, grouped, except the silenced ones', async () => {
    const { ws, clock, agreements } = world;
    clock.set('2026-03-25');
    const reminders = await ws.call('agreements.reminders', {});
    expect(reminders.overdue.map((r) => r.id)).toEqual([agreements.campaign]);
    expect(reminders.dueSoon.map((r) => r.id)).toEqual([agreements.plan]);
    await ws.call('agreements.silence', { id: agreements.campaign, silenced: true });
    expect((await ws.call('agreements.reminders', {})).overdue).toEqual([]);
  });
});

describe('what each institution still owes', () => {
  it('counts open, overdue, due soon and fulfilled per responsible, most open first', async () => {
    const { ws, clock, members, agreements } = world;
    await ws.call('agreements.followUp', report(agreements.shelter, { status: 'cumplido', progress: 100 }));
    clock.set('2026-03-21');
    const standings = await ws.call('agreements.byInstitution', {});
    expect(standings.map((s) => [s.name, s.open, s.overdue, s.dueSoon, s.fulfilled, s.total])).toEqual([
      ['Centro Emergencia Mujer San Juan', 1, 1, 0, 0, 1],
      ['Comisaría PNP San Juan', 1, 1, 0, 0, 1],
      ['Secretaría Técnica', 1, 0, 1, 0, 1],
      ['Municipalidad Distrital de San Juan de Prueba', 0, 0, 0, 1, 1],
    ]);
    expect(standings[0]!.institutionId).toBe(members.voting[1]);
  });
});
