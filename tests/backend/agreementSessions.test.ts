import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE } from '../../electron/backend/workspace';
import type { MethodOutput } from '../../shared/contract';
import { DocxFile, expectInOrder } from '../documents/docx';
import { report, setUpFollowUpWorld, type FollowUpWorld } from '../support/agreementFixtures';
import { convene, markPresent, validSession } from '../support/sessionFixtures';
import { openTestWorkspace } from '../support/workspace';

let world: FollowUpWorld;
/** The next ordinary session, of 12 March (today), convened and with quorum. */
let next: number;

beforeEach(async () => {
  world = await setUpFollowUpWorld();
  const session = await world.ws.call('sessions.create', validSession({ date: '2026-03-12' }));
  next = session.id;
  await convene(world.ws, next, '2026-03-05');
  await markPresent(world.ws, next, world.members.voting);
});
afterEach(() => world.ws.close());

const inSession = (agreementId: number, sessionId = next) =>
  report(agreementId, { reportedOn: '2026-03-12', sessionId, institutionId: world.members.voting[1]!, text: 'El CEM informó que la campaña llegó a 300 hogares.', progress: 60 });

const docx = (file: MethodOutput<'documents.session'>) => {
  const bytes = Buffer.from(file.dataBase64, 'base64');
  return new DocxFile(bytes, unzipSync(new Uint8Array(bytes)));
};

describe('carry-over into the next session', () => {
  it("lists the earlier sessions' open agreements in the new session's follow-up, and not closed ones", async () => {
    const { ws, agreements } = world;
    await ws.call('agreements.followUp', report(agreements.shelter, { status: 'cumplido', progress: 100 }));
    const followUp = await ws.call('agreements.forSession', { sessionId: next });
    expect(followUp.canReport).toBe(true);
    expect(followUp.agreements.map((a) => a.id)).toEqual([agreements.plan, agreements.campaign]);
    // The session that adopted them does not review them.
    expect((await ws.call('agreements.forSession', { sessionId: world.firstSession })).agreements).toEqual([]);
  });

  it('logs a report given in the session against it, and keeps showing the agreement once closed', async () => {
    const { ws, agreements } = world;
    const record = await ws.call('agreements.followUp', { ...inSession(agreements.campaign), status: 'cumplido', progress: 100 });
    expect(record.followUps[0]).toMatchObject({ sessionId: next, sessionTitle: 'Segunda Sesión Ordinaria 2026', reporter: 'Centro Emergencia Mujer San Juan' });
    const followUp = await ws.call('agreements.forSession', { sessionId: next });
    expect(followUp.agreements.map((a) => [a.id, a.status])).toEqual([
      [agreements.plan, 'pendiente'],
      [agreements.campaign, 'cumplido'],
      [agreements.shelter, 'pendiente'],
    ]);
    expect(followUp.reports.map((r) => r.agreementId)).toEqual([agreements.campaign]);
  });

  it('prints the reports in the acta and changes its fingerprint', async () => {
    const { ws, agreements } = world;
    const before = (await ws.call('sessions.get', { id: next })).contentHash;
    await ws.call('agreements.followUp', inSession(agreements.campaign));
    expect((await ws.call('sessions.get', { id: next })).contentHash).not.toBe(before);
    const acta = docx(await ws.call('documents.session', { sessionId: next, document: 'acta' }));
    expect(acta.text('word/document.xml')).toContain('El CEM informó que la campaña llegó a 300 hogares.');
  });

  it("lists the open agreements under the follow-up line of the session's agenda and oficio, and not a fulfilled one", async () => {
    const { ws, agreements } = world;
    await ws.call('agreements.followUp', report(agreements.shelter, { status: 'cumplido', progress: 100 }));
    const [plan, campaign, shelter] = await Promise.all(
      [agreements.plan, agreements.campaign, agreements.shelter].map((id) => ws.call('agreements.get', { id }).then((a) => a.numberText)),
    );
    for (const document of ['agenda', 'convocation'] as const) {
      const text = docx(await ws.call('documents.session', { sessionId: next, document })).text();
      expectInOrder(text, [
        'Seguimiento de acuerdos.',
        `${plan}: Aprobar el Plan de Acción Local 2026 (Responsable: Secretaría Técnica).`,
        `${campaign}: Realizar la campaña casa por casa en la zona de la Policía comunitaria (Responsables: `,
      ]);
      expect(text).not.toContain(shelter);
      expect(text).not.toContain('hogar de refugio');
    }
    // The session that adopted them does not list them.
    expect(docx(await ws.call('documents.session', { sessionId: world.firstSession, document: 'agenda' })).text()).not.toContain(plan);
  });

  it.each<[string, () => Parameters<typeof report>[1], string]>([
    ['a date other than the session date', () => ({ sessionId: next, reportedOn: '2026-03-11' }), 'agreements.followUpDateNotSession'],
    ['the session that adopted the agreement', () => ({ sessionId: world.firstSession, reportedOn: '2026-03-02' }), 'agreements.followUpSessionBeforeAdoption'],
  ])('refuses a report linked to %s', async (_label, overrides, key) => {
    const error = await world.ws.fail('agreements.followUp', report(world.agreements.plan, overrides()));
    expect(error.fields?.[0]?.key ?? error.key).toBe(key);
  });

  it('refuses a report in a session without quorum, whose acta would not print it', async () => {
    const { ws, members } = world;
    for (const id of members.voting.slice(0, 3)) await ws.call('sessions.setAttendance', { sessionId: next, institutionId: id, status: 'absent' });
    const error = await ws.fail('agreements.followUp', inSession(world.agreements.plan));
    expect(error.fields?.[0]).toMatchObject({ key: 'agreements.followUpNeedsQuorum', params: { missing: 1 } });
  });

  it('refuses a report in a session without the "seguimiento de acuerdos" item', async () => {
    const { ws } = world;
    const agenda = (await ws.call('sessions.get', { id: next })).agenda;
    await ws.call('sessions.removeAgendaItem', { id: agenda.find((i) => i.kind === 'seguimiento_acuerdos')!.id });
    const error = await ws.fail('agreements.followUp', inSession(world.agreements.plan));
    expect(error.fields?.[0]?.key).toBe('agreements.sessionWithoutFollowUpItem');
  });

  it("locks the session's reports with its acta; the follow-up itself goes on", async () => {
    const { ws, agreements, members } = world;
    const first = await ws.call('agreements.followUp', inSession(agreements.campaign));
    await ws.call('sessions.saveProceedings', { sessionId: next, call: 'first', startTime: '10:00', endTime: '12:00' });
    world.clock.set('2026-03-19');
    const third = await ws.call('sessions.create', validSession({ date: '2026-03-19' }));
    await convene(ws, third.id, '2026-03-06');
    await markPresent(ws, third.id, members.voting);
    await ws.call('acta.approve', { id: next, approvedInSessionId: third.id });

    expect((await ws.fail('agreements.removeFollowUp', { id: first.followUps[0]!.id })).key).toBe('sessions.actaLocked');
    expect((await ws.fail('agreements.followUp', inSession(agreements.plan))).key).toBe('sessions.actaLocked');
    const locked = await ws.call('agreements.forSession', { sessionId: next });
    expect(locked.canReport).toBe(false);
    expect(locked.agreements.map((a) => a.id)).toEqual([agreements.campaign]);
    // Outside the session, the same agreement takes new reports.
    const later = await ws.call('agreements.followUp', report(agreements.campaign, { reportedOn: '2026-03-12', status: 'cumplido', progress: 100 }));
    expect(later.followUps.map((f) => f.removable)).toEqual([false, true]);

    await ws.close();
    const raw = new Database(path.join(ws.dir, DEFAULT_DATABASE));
    try {
      expect(() => raw.prepare('DELETE FROM agreement_follow_up WHERE session_id = ?').run(next)).toThrow(/acta_locked/);
      expect(() =>
        raw
          .prepare(`INSERT INTO agreement_follow_up (agreement_id, reported_on, session_id, text, status, progress, created_at) VALUES (?, '2026-03-12', ?, 'x', 'pendiente', 0, 'now')`)
          .run(agreements.plan, next),
      ).toThrow(/acta_locked/);
    } finally {
      raw.close();
    }
    world.ws = await openTestWorkspace({ dir: ws.dir, clock: world.clock });
  });
});

describe('a session whose reports its acta must print', () => {
  beforeEach(async () => {
    await world.ws.call('agreements.followUp', inSession(world.agreements.campaign));
  });
  const followUpItem = async () => (await world.ws.call('sessions.get', { id: next })).agenda.find((i) => i.kind === 'seguimiento_acuerdos')!;

  it('keeps its seguimiento de acuerdos item: neither removed nor turned into another kind', async () => {
    const item = await followUpItem();
    expect((await world.ws.fail('sessions.removeAgendaItem', { id: item.id })).key).toBe('sessions.followUpItemHasReports');
    const retyped = await world.ws.fail('sessions.updateAgendaItem', { id: item.id, title: item.title, kind: 'informes', presenterInstitutionId: null, notes: '' });
    expect(retyped.key).toBe('sessions.followUpItemHasReports');
    // Renaming it is fine: the reports stay under it.
    const renamed = await world.ws.call('sessions.updateAgendaItem', { id: item.id, title: 'Seguimiento de acuerdos anteriores', kind: item.kind, presenterInstitutionId: null, notes: '' });
    expect(renamed.title).toBe('Seguimiento de acuerdos anteriores');
  });

  it('keeps its date, which its reports carry', async () => {
    const session = await world.ws.call('sessions.get', { id: next });
    const error = await world.ws.fail('sessions.update', { ...validSession({ date: '2026-03-11' }), id: next, place: session.place });
    expect(error.fields?.[0]?.key).toBe('sessions.dateFixedByReports');
  });

  it('cannot be approved once its quorum is lost from the record', async () => {
    const { ws, members } = world;
    await ws.call('sessions.saveProceedings', { sessionId: next, call: 'first', startTime: '10:00', endTime: '12:00' });
    for (const id of members.voting.slice(0, 3)) await ws.call('sessions.setAttendance', { sessionId: next, institutionId: id, status: 'absent' });
    world.clock.set('2026-03-19');
    const approving = await ws.call('sessions.create', validSession({ date: '2026-03-19' }));
    await convene(ws, approving.id, '2026-03-13');
    await markPresent(ws, approving.id, members.voting);
    expect((await ws.fail('acta.approve', { id: next, approvedInSessionId: approving.id })).key).toBe('sessions.approvalReportsWithoutQuorum');
  });
});

describe('moving a session', () => {
  it('refuses a date after the deadline of one of its agreements', async () => {
    const { ws } = world;
    const error = await ws.fail('sessions.update', { ...validSession({ date: '2026-03-21' }), id: world.firstSession });
    expect(error.fields?.[0]?.key).toBe('sessions.dateAfterAgreementDeadline');
  });
});

describe('oficio de recordatorio', () => {
  it("numbers each letter from the oficio series and lists the institution's open agreements, overdue first", async () => {
    const { ws, clock, members } = world;
    clock.set('2026-03-25');
    const first = await ws.call('agreements.issueReminder', { institutionId: members.voting[0]! });
    const second = await ws.call('agreements.issueReminder', { institutionId: members.voting[0]! });
    expect([first.numberText, second.numberText]).toEqual(['OFICIO N° 001-2026-MDSJP/SGDS', 'OFICIO N° 002-2026-MDSJP/SGDS']);
    expect(first).toMatchObject({ institutionName: 'Comisaría PNP San Juan', issuedOn: '2026-03-25', agreementCount: 1 });
    expect((await ws.call('agreements.reminderLetters', { institutionId: members.voting[0]! })).map((l) => l.id)).toEqual([second.id, first.id]);

    const letter = docx(await ws.call('documents.reminderLetter', { id: first.id }));
    const text = letter.text('word/document.xml');
    expect(text).toContain('OFICIO N° 001-2026-MDSJP/SGDS');
    expect(text).toContain('Titular 1');
    expect(text).toContain('Realizar la campaña casa por casa');
    expect(text).toContain('VENCIDO');
  });

  it('prints a letter again exactly as issued, after the agreement moved on', async () => {
    const { ws, clock, members, agreements } = world;
    clock.set('2026-03-25');
    const letter = await ws.call('agreements.issueReminder', { institutionId: members.voting[0]! });
    const before = docx(await ws.call('documents.reminderLetter', { id: letter.id })).text('word/document.xml');
    await ws.call('agreements.followUp', report(agreements.campaign, { reportedOn: '2026-03-25', status: 'cumplido', progress: 100 }));
    clock.set('2026-04-30');
    expect(docx(await ws.call('documents.reminderLetter', { id: letter.id })).text('word/document.xml')).toBe(before);
  });

  it('keeps an issued letter for good, even against raw SQL', async () => {
    const { ws, clock, members } = world;
    clock.set('2026-03-25');
    await ws.call('agreements.issueReminder', { institutionId: members.voting[0]! });
    await ws.close();
    const raw = new Database(path.join(ws.dir, DEFAULT_DATABASE));
    try {
      expect(() => raw.prepare('DELETE FROM reminder_letter').run()).toThrow(/reminder_letter_issued/);
      expect(() => raw.prepare(`UPDATE reminder_letter SET number_text = 'otro'`).run()).toThrow(/reminder_letter_issued/);
    } finally {
      raw.close();
    }
    world.ws = await openTestWorkspace({ dir: ws.dir, clock });
  });

  it('has nothing to remind an institution that owes nothing', async () => {
    const error = await world.ws.fail('agreements.issueReminder', { institutionId: world.members.voting[4]! });
    expect(error.key).toBe('agreements.reminderNothingPending');
  });
});

describe('the matrix', () => {
  it('exports the filtered agreements to Excel with real values', async () => {
    const { ws, members } = world;
    const file = await ws.call('documents.agreementMatrix', { format: 'xlsx', institutionId: members.voting[0]! });
    expect(file.fileName).toBe('Matriz de seguimiento de acuerdos al 2026-03-12.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const values = book.worksheets[0]!.getSheetValues().flat().filter((v): v is string => typeof v === 'string');
    expect(values).toContain('Responsable: Comisaría PNP San Juan');
    expect(values.some((v) => v.includes('casa por casa'))).toBe(true);
    expect(values.some((v) => v.includes('Aprobar el Plan de Acción Local'))).toBe(false);
  });

  it('follows the register: the same agreements in the same order, and totals counted from them', async () => {
    const { ws, clock } = world;
    clock.set('2026-03-25');
    const filter = { statuses: ['pendiente' as const, 'en_proceso' as const], sort: 'deadline' as const, descending: true };
    const register = (await ws.call('agreements.list', filter)).items.map((a) => a.numberText);
    const file = await ws.call('documents.agreementMatrix', { ...filter, format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const numbers = book.worksheets[0]!.getSheetValues().flat().filter((v): v is string => typeof v === 'string' && v.startsWith('ACUERDO N°'));
    expect(numbers).toEqual(register);
    const summary = book.getWorksheet('Resumen')!.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).filter((v) => v !== undefined && v !== null));
    expect(summary).toEqual(expect.arrayContaining([expect.arrayContaining(['Vencido', 1]), expect.arrayContaining(['Pendiente (al día)', 2])]));
  });

  it('exports the matrix to Word with the filters in words', async () => {
    const file = await world.ws.call('documents.agreementMatrix', { format: 'docx', statuses: ['pendiente'], from: '2026-01-01', to: '2026-12-31' });
    const text = docx(file).text('word/document.xml');
    expect(text).toContain('Periodo: del 1 de enero de 2026 al 31 de diciembre de 2026');
    expect(text).toContain('Estado: Pendiente');
    expect(text).toContain('Estudiar la creación de un hogar de refugio temporal.');
  });
});
