import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE } from '../../electron/backend/workspace';
import { validInstitution } from '../support/fixtures';
import { convene, type Instancia, markPresent, setUpInstancia, unanimous, validSession } from '../support/sessionFixtures';
import { openTestWorkspace, snapshotDatabase, type TestWorkspace } from '../support/workspace';

let ws: TestWorkspace;
let members: Instancia;
/** Held on 5 March, approved in the session of 12 March. */
let earlier: number;
let later: number;
let itemId: number;
let agreementId: number;
const dbFile = () => path.join(ws.dir, DEFAULT_DATABASE);

const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64');

beforeEach(async () => {
  ws = await openTestWorkspace();
  members = await setUpInstancia(ws);
  const first = await ws.call('sessions.create', validSession({ date: '2026-03-05' }));
  earlier = first.id;
  itemId = first.agenda.at(-1)!.id;
  await convene(ws, earlier, '2026-02-26');
  await markPresent(ws, earlier, members.voting.slice(0, 3));
  await ws.call('sessions.saveProceedings', { sessionId: earlier, call: 'first', startTime: '10:10', endTime: '12:30' });
  await ws.call('sessions.saveItemMinutes', {
    id: itemId,
    discussion: [
      { type: 'paragraph', runs: [{ text: 'La Comisaría informó ' }, { text: 'avances', bold: true }, { text: '.' }] },
      { type: 'bulletList', items: [[{ text: 'Patrullaje integrado' }], [{ text: 'Charlas en colegios', italic: true }]] },
    ],
  });
  agreementId = (await ws.call('agreements.adopt', unanimous(itemId, [members.voting[0]!]))).id;
  later = (await ws.call('sessions.create', validSession())).id;
  await markPresent(ws, later, members.voting.slice(0, 3));
});
afterEach(() => ws.close());

const approve = () => ws.call('acta.approve', { id: earlier, approvedInSessionId: later, observations: 'por unanimidad' });

describe('approving an acta', () => {
  it('locks it in a later session with quorum, freezing the hash shown on the draft', async () => {
    const draft = await ws.call('sessions.get', { id: earlier });
    expect(draft.pendingActas).toEqual([]);
    expect((await ws.call('sessions.get', { id: later })).pendingActas).toEqual([expect.objectContaining({ sessionId: earlier })]);

    const approved = await approve();
    expect(approved).toMatchObject({ actaStatus: 'aprobada', locked: true, contentHash: draft.contentHash });
    expect(approved.approval).toMatchObject({ sessionId: later, date: '2026-03-12', observations: 'por unanimidad' });
    const approver = await ws.call('sessions.get', { id: later });
    expect(approver.approvedActas).toEqual([expect.objectContaining({ sessionId: earlier, title: 'Primera Sesión Ordinaria 2026' })]);
  });

  it('changes the draft hash with every edit', async () => {
    const before = (await ws.call('sessions.get', { id: earlier })).contentHash;
    await ws.call('sessions.saveProceedings', { sessionId: earlier, call: 'first', startTime: '10:10', endTime: '12:45' });
    expect((await ws.call('sessions.get', { id: earlier })).contentHash).not.toBe(before);
  });

  it.each([
    ['a session never convened', () => ({ id: later, approvedInSessionId: earlier }), 'sessions.notConvened'],
    ['itself', () => ({ id: earlier, approvedInSessionId: earlier }), 'sessions.approvalSessionNotLater'],
  ])('refuses approval in %s', async (_label, input, key) => {
    const error = await ws.fail('acta.approve', input());
    expect(error.fields?.[0]?.key ?? error.key).toBe(key);
  });

  it('needs the closing time, and quorum in the approving session', async () => {
    await ws.call('sessions.saveProceedings', { sessionId: earlier, call: 'first', startTime: '10:10', endTime: null });
    expect((await ws.fail('acta.approve', { id: earlier, approvedInSessionId: later })).key).toBe('sessions.approvalNeedsEndTime');
    await ws.call('sessions.saveProceedings', { sessionId: earlier, call: 'first', startTime: '10:10', endTime: '12:30' });
    await ws.call('sessions.setAttendance', { sessionId: later, institutionId: members.voting[0]!, status: 'absent' });
    expect((await ws.fail('acta.approve', { id: earlier, approvedInSessionId: later })).key).toBe('sessions.approvalSessionWithoutQuorum');
  });

  it('refuses to approve agreements whose quorum was later lost from the record', async () => {
    await ws.call('sessions.setAttendance', { sessionId: earlier, institutionId: members.voting[0]!, status: 'absent' });
    const error = await ws.fail('acta.approve', { id: earlier, approvedInSessionId: later });
    expect(error.key).toBe('sessions.approvalAgreementsWithoutQuorum');
  });
});

describe('a locked acta', () => {
  beforeEach(approve);

  it('refuses every change through the service with LOCKED and writes nothing', async () => {
    const before = snapshotDatabase(dbFile());
    const attempts: [string, unknown][] = [
      ['sessions.update', { ...validSession({ date: '2026-03-05' }), id: earlier, place: 'Otro lugar' }],
      ['sessions.remove', { id: earlier }],
      ['sessions.addAgendaItem', { sessionId: earlier, title: 'Nuevo', kind: 'otros' }],
      ['sessions.updateAgendaItem', { id: itemId, title: 'Cambiado', kind: 'otros' }],
      ['sessions.removeAgendaItem', { id: itemId }],
      ['sessions.saveItemMinutes', { id: itemId, discussion: [] }],
      ['sessions.setAttendance', { sessionId: earlier, institutionId: members.voting[4]!, status: 'titular' }],
      ['sessions.addGuest', { sessionId: earlier, fullName: 'Alguien' }],
      ['sessions.saveProceedings', { sessionId: earlier, call: 'first', startTime: '09:00', endTime: '13:00' }],
      ['agreements.adopt', unanimous(itemId, [members.voting[0]!])],
      ['agreements.update', { ...unanimous(itemId, [members.voting[0]!], 'Otro texto'), agendaItemId: undefined, id: agreementId }],
      ['agreements.remove', { id: agreementId }],
      ['acta.approve', { id: earlier, approvedInSessionId: later }],
    ];
    for (const [method, input] of attempts) {
      const result = await ws.raw(method, JSON.parse(JSON.stringify(input)));
      expect(result, method).toMatchObject({ ok: false, error: { code: 'LOCKED', key: 'sessions.actaLocked' } });
    }
    expect(snapshotDatabase(dbFile())).toBe(before);
  });

  it('is also refused by the database itself, whatever code path tries', () => {
    const db = new Database(dbFile());
    try {
      const statements = [
        `UPDATE session SET place = 'Otro lugar' WHERE id = ${earlier}`,
        `UPDATE session SET acta_status = 'borrador', acta_hash = NULL, acta_snapshot = NULL, approved_in_session_id = NULL WHERE id = ${earlier}`,
        `DELETE FROM session WHERE id = ${earlier}`,
        `UPDATE agenda_item SET discussion_json = '[]' WHERE id = ${itemId}`,
        `INSERT INTO agenda_item (session_id, position, title, kind, notes, updated_at) VALUES (${earlier}, 99, 'x', 'otros', '', 'now')`,
        `UPDATE attendance SET status = 'absent' WHERE session_id = ${earlier}`,
        `DELETE FROM attendance WHERE session_id = ${earlier}`,
        `INSERT INTO guest (session_id, full_name, institution_name, post) VALUES (${earlier}, 'x', '', '')`,
        `UPDATE agreement SET text = 'Otro texto' WHERE id = ${agreementId}`,
        `DELETE FROM agreement WHERE id = ${agreementId}`,
        `DELETE FROM agreement_responsible WHERE agreement_id = ${agreementId}`,
      ];
      for (const statement of statements) expect(() => db.exec(statement), statement).toThrow('acta_locked');
      // What the lock leaves open: the approved acta can still be marked as signed.
      expect(() => db.exec(`UPDATE session SET acta_status = 'firmada' WHERE id = ${earlier}`)).not.toThrow();
    } finally {
      db.close();
    }
  });

  it('keeps its roster and content even when the members change afterwards', async () => {
    const locked = await ws.call('sessions.get', { id: earlier });
    await ws.call('members.update', { ...validInstitution('Comisaría PNP San Juan (renombrada)'), acronym: '', id: members.voting[0]! });
    const created = await ws.call('members.create', { name: 'Miembro nuevo', category: 'other', hasVote: true, inNetwork: false, activeFrom: '2025-01-01' });
    const after = await ws.call('sessions.get', { id: earlier });
    expect(after.contentHash).toBe(locked.contentHash);
    expect(after.attendance.map((a) => a.institutionId)).not.toContain(created.id);
    expect(after.quorum).toEqual(locked.quorum);
    expect(after.attendance.find((a) => a.institutionId === members.voting[0])?.institutionName).toBe('Comisaría PNP San Juan (renombrada)');
  });

  it('takes the signed scan once, sniffing its real type', async () => {
    const draftScan = await ws.fail('acta.attachSigned', { id: later, fileName: 'acta.pdf', dataBase64: pdf });
    expect(draftScan.key).toBe('sessions.actaNotApproved');
    const text = await ws.fail('acta.attachSigned', { id: earlier, fileName: 'acta.pdf', dataBase64: Buffer.from('hola').toString('base64') });
    expect(text.fields?.[0]?.key).toBe('sessions.scanNotAccepted');

    const signed = await ws.call('acta.attachSigned', { id: earlier, fileName: 'Acta firmada.pdf', dataBase64: pdf });
    expect(signed).toMatchObject({ actaStatus: 'firmada', locked: true, signedScan: { fileName: 'Acta firmada.pdf', mimeType: 'application/pdf' } });
    expect(await ws.call('acta.getSigned', { id: earlier })).toEqual({ fileName: 'Acta firmada.pdf', mimeType: 'application/pdf', dataBase64: pdf });
    expect((await ws.fail('acta.attachSigned', { id: earlier, fileName: 'otra.pdf', dataBase64: pdf })).key).toBe('sessions.actaAlreadySigned');
    const [listed] = (await ws.call('sessions.list', { year: 2026 })).filter((s) => s.id === earlier);
    expect(listed?.signedScan?.fileName).toBe('Acta firmada.pdf');
  });

  it('takes corrections only as fe de erratas dated from the approval on', async () => {
    expect((await ws.fail('acta.addErratum', { id: later, recordedOn: '2026-03-12', text: 'x' })).key).toBe('sessions.erratumOnDraft');
    const early = await ws.fail('acta.addErratum', { id: earlier, recordedOn: '2026-03-06', text: 'x' });
    expect(early.fields?.[0]?.key).toBe('sessions.erratumBeforeApproval');
    const sensitive = await ws.fail('acta.addErratum', { id: earlier, recordedOn: '2026-03-12', text: 'Agregar a la víctima Rosa Quispe.' });
    expect(sensitive).toMatchObject({ code: 'CONFLICT', key: 'sessions.sensitiveText' });
    const detail = await ws.call('acta.addErratum', { id: earlier, recordedOn: '2026-03-12', text: 'Donde dice 10:10 debe decir 10:15.' });
    expect(detail.errata).toEqual([expect.objectContaining({ recordedOn: '2026-03-12', text: 'Donde dice 10:10 debe decir 10:15.' })]);
    expect(detail.contentHash).toBe((await ws.call('sessions.get', { id: earlier })).contentHash);
  });
});
