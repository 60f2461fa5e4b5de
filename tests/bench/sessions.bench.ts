/**
 * A large session, as the issue sizes it: 15 agenda items with full minutes, 40 institutions
 * attending and 30 agreements. Measures the backend time of opening its screen and of exporting
 * its acta to Word (gathering, hashing, building and packing), through the same dispatcher the
 * app uses. Targets: under 100 ms and under 300 ms.
 */
import { afterAll, beforeAll, bench, describe } from 'vitest';
import type { RichBlock } from '../../shared/domain/richText';
import { validInstitution, validRepresentative, validSettings } from '../support/fixtures';
import { convene, markPresent, validSession } from '../support/sessionFixtures';
import { openTestWorkspace, type TestWorkspace } from '../support/workspace';

let ws: TestWorkspace;
let sessionId: number;

const minutes = (item: number): RichBlock[] => [
  { type: 'paragraph', runs: [{ text: `Punto ${item}. `, bold: true, italic: false }, { text: 'La representante informó sobre los avances del trimestre en cifras agregadas y las coordinaciones realizadas con las instituciones de la ruta de atención. '.repeat(3), bold: false, italic: false }] },
  { type: 'bulletList', items: [1, 2, 3].map((n) => [{ text: `Compromiso ${n} del punto ${item}, con plazo y responsable.`, bold: false, italic: n === 2 }]) },
  { type: 'paragraph', runs: [{ text: 'Se abrió el debate y se recogieron los aportes de las organizaciones de mujeres. '.repeat(2), bold: false, italic: false }] },
];

beforeAll(async () => {
  ws = await openTestWorkspace();
  await ws.call('taskforce.save', { ...validSettings(), actaSignatories: 'all_attendees' });
  const ids: number[] = [];
  for (let i = 0; i < 40; i++) {
    const inst = await ws.call('members.create', { ...validInstitution(`Institución integrante número ${i + 1}`), acronym: '' });
    await ws.call('members.addRepresentative', { ...validRepresentative(inst.id, 'titular', `Representante Titular ${i + 1}`), dni: '' });
    ids.push(inst.id);
  }
  const session = await ws.call('sessions.create', validSession());
  sessionId = session.id;
  for (let i = session.agenda.length; i < 15; i++) {
    await ws.call('sessions.addAgendaItem', { sessionId, title: `Asunto del orden del día ${i + 1}`, kind: 'orden_del_dia', presenterInstitutionId: ids[i]! });
  }
  await convene(ws, sessionId);
  await markPresent(ws, sessionId, ids);
  const detail = await ws.call('sessions.saveProceedings', { sessionId, call: 'first', startTime: '10:05', endTime: '13:10' });
  for (const [index, item] of detail.agenda.entries()) {
    await ws.call('sessions.saveItemMinutes', { id: item.id, discussion: minutes(index + 1), startTime: '10:10', endTime: '10:20' });
  }
  const items = detail.agenda.filter((i) => i.kind === 'orden_del_dia');
  for (let n = 0; n < 30; n++) {
    await ws.call('agreements.adopt', {
      agendaItemId: items[n % items.length]!.id,
      text: `Acuerdo ${n + 1}: encargar a las instituciones responsables las acciones de prevención y seguimiento acordadas en la sesión.`,
      responsibleIds: [ids[n]!, ids[(n + 7) % 40]!],
      deadline: '2026-06-30',
      adoption: n % 3 === 0 ? 'majority' : 'unanimity',
      ...(n % 3 === 0 ? { votesFor: 30, votesAgainst: 6, abstentions: 4 } : {}),
    });
  }
}, 120_000);

afterAll(() => ws.close());

describe('a session with 15 items, 40 attendees and 30 agreements', () => {
  bench('sessions.get (the session screen)', async () => {
    await ws.call('sessions.get', { id: sessionId });
  });
  bench('documents.session acta (gather, hash, build, pack)', async () => {
    await ws.call('documents.session', { sessionId, document: 'acta' });
  });
  bench('documents.session attendance sheet', async () => {
    await ws.call('documents.session', { sessionId, document: 'attendanceSheet' });
  });
});
