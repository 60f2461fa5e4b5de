import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../shared/contract';
import { DocxFile, placeholdersIn } from '../documents/docx';
import { validInstitution, validSettings } from '../support/fixtures';
import { convene, type Instancia, markPresent, setUpInstancia, unanimous, validSession } from '../support/sessionFixtures';
import { openTestWorkspace, type TestWorkspace } from '../support/workspace';

let ws: TestWorkspace;
let members: Instancia;
let sessionId: number;

const open = (file: MethodOutput<'documents.session'>) => {
  const bytes = Buffer.from(file.dataBase64, 'base64');
  return new DocxFile(bytes, unzipSync(new Uint8Array(bytes)));
};
const exportDoc = async (document: 'convocation' | 'agenda' | 'attendanceSheet' | 'acta', id = sessionId) =>
  ws.call('documents.session', { sessionId: id, document });
const allText = (docx: DocxFile) => docx.partsLike(/^word\/(document|header\d*|footer\d*)\.xml$/).map((p) => docx.text(p)).join('\n');

beforeEach(async () => {
  ws = await openTestWorkspace();
  members = await setUpInstancia(ws);
  sessionId = (await ws.call('sessions.create', validSession({ date: '2026-03-05' }))).id;
});
afterEach(() => ws.close());

describe('session documents through the service', () => {
  it('asks for the settings first, and for the convocation before printing the oficio', async () => {
    const bare = await openTestWorkspace();
    try {
      expect((await bare.fail('documents.session', { sessionId: 1, document: 'acta' })).key).toBe('documents.notConfigured');
    } finally {
      await bare.close();
    }
    expect(await ws.fail('documents.session', { sessionId, document: 'convocation' })).toMatchObject({ code: 'CONFLICT', key: 'documents.needsConvocation' });
  });

  it('prints the oficio múltiple with its number, the agenda and every addressee', async () => {
    await ws.call('sessions.setAddressees', { sessionId, invitedIds: members.voiceOnly });
    await convene(ws, sessionId, '2026-02-26');
    const file = await exportDoc('convocation');
    expect(file.fileName).toBe('Oficio múltiple de convocatoria - Primera Sesión Ordinaria 2026.docx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const docx = open(file);
    const text = allText(docx);
    expect(text).toContain('OFICIO MÚLTIPLE N° 001-2026-MDSJP/SGDS');
    expect(text).toContain('San Juan de Prueba, 26 de febrero de 2026');
    expect(text).toContain('Año de la Esperanza y el Fortalecimiento de la Democracia');
    expect(text).toContain('Convocatoria a la Primera Sesión Ordinaria 2026');
    for (const name of ['Comisaría PNP San Juan', 'Centro de Salud Materno Infantil', 'Organización Invitada 1']) expect(docx.text()).toContain(name);
    expect(docx.text()).toContain('Lectura y aprobación del acta de la sesión anterior');
    expect(placeholdersIn(docx)).toEqual([]);
  });

  it('names the Presidency in the oficio the Secretaría Técnica signs, and not in the one the Presidency signs', async () => {
    await convene(ws, sessionId, '2026-02-26');
    expect(allText(open(await exportDoc('convocation')))).toContain('cordialmente y, por especial encargo de la Presidencia de la ');
    const second = (await ws.call('sessions.create', validSession({ date: '2026-04-09', kind: 'extraordinaria' }))).id;
    await ws.call('sessions.issueConvocation', { sessionId: second, date: '2026-04-02', signer: 'presidency', reference: '' });
    const text = allText(open(await exportDoc('convocation', second)));
    expect(text).toContain('saludarlos cordialmente y convocarlos a la ');
    expect(text).not.toMatch(/encargo de ,|encargo de la Presidencia/);
  });

  it('prefills the attendance sheet with the accredited titulares and their DNI', async () => {
    const docx = open(await exportDoc('attendanceSheet'));
    const row = docx.paragraphs().map((p) => p.text);
    expect(row).toContain('Titular 1');
    expect(row).toContain('40123450');
    expect(docx.xml()).toContain('w:orient="landscape"');
  });

  it('marks a draft acta as such and prints the hash the screen shows', async () => {
    await convene(ws, sessionId, '2026-02-26');
    await markPresent(ws, sessionId, members.voting.slice(0, 3));
    const detail = await ws.call('sessions.get', { id: sessionId });
    await ws.call('agreements.adopt', unanimous(detail.agenda.at(-1)!.id, [members.voting[1]!]));
    const { contentHash } = await ws.call('sessions.get', { id: sessionId });
    const file = await exportDoc('acta');
    expect(file.fileName).toBe('Acta - Primera Sesión Ordinaria 2026 (borrador).docx');
    const text = allText(open(file));
    expect(text).toContain('ACTA DE LA PRIMERA SESIÓN ORDINARIA N° 001-2026-MDSJP/SGDS');
    expect(text).toContain('BORRADOR');
    expect(text).toContain('ACUERDO N° 001-2026-MDSJP/SGDS');
    expect(text).toContain(contentHash);
    expect(text).toContain(contentHash.slice(0, 8));
  });

  it('re-exports an approved acta exactly as approved, whatever changed since', async () => {
    await convene(ws, sessionId, '2026-02-26');
    await markPresent(ws, sessionId, members.voting.slice(0, 3));
    await ws.call('sessions.saveProceedings', { sessionId, call: 'first', startTime: '10:05', endTime: '12:00' });
    const later = (await ws.call('sessions.create', validSession())).id;
    await markPresent(ws, later, members.voting.slice(0, 3));
    const approved = await ws.call('acta.approve', { id: sessionId, approvedInSessionId: later });
    const before = open(await exportDoc('acta'));

    await ws.call('members.update', { ...validInstitution('Comisaría PNP renombrada'), acronym: '', id: members.voting[0]! });
    await ws.call('taskforce.save', { ...validSettings(), yearNames: [{ year: 2026, name: 'Otro nombre del año', validFrom: '2026-01-01', validTo: null }] });
    const file = await exportDoc('acta');
    expect(file.fileName).toBe('Acta - Primera Sesión Ordinaria 2026.docx');
    const after = open(file);
    expect(after.text()).toBe(before.text());
    expect(after.text()).toContain('Comisaría PNP San Juan');
    expect(after.text()).not.toContain('renombrada');
    expect(allText(after)).toContain('Año de la Esperanza y el Fortalecimiento de la Democracia');
    expect(allText(after)).toContain(approved.contentHash);
    expect(allText(after)).not.toContain('BORRADOR');
  });

  it('has every attendee sign when the reglamento says so, the presidency only once', async () => {
    await ws.call('taskforce.save', { ...validSettings(), actaSignatories: 'all_attendees' });
    await markPresent(ws, sessionId, members.voting.slice(1, 3));
    await ws.call('sessions.setAttendance', { sessionId, institutionId: members.voting[0]!, status: 'titular', attendeeName: 'Ana Torres', attendeePost: 'Alcaldesa' });
    const text = open(await exportDoc('acta')).text();
    expect(text.match(/ANA TORRES/g)).toHaveLength(1);
    expect(text).toContain('TITULAR 2');
    expect(text).toContain('LUIS PÉREZ');
  });
});
