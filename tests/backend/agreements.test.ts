import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE } from '../../electron/backend/workspace';
import { convene, type Instancia, markPresent, setUpInstancia, unanimous, validSession } from '../support/sessionFixtures';
import { openTestWorkspace, snapshotDatabase, type TestWorkspace } from '../support/workspace';

let ws: TestWorkspace;
let members: Instancia;
let sessionId: number;
let itemId: number;
const dbFile = () => path.join(ws.dir, DEFAULT_DATABASE);

beforeEach(async () => {
  ws = await openTestWorkspace();
  members = await setUpInstancia(ws);
  const session = await ws.call('sessions.create', validSession());
  sessionId = session.id;
  itemId = session.agenda.at(-1)!.id;
  await convene(ws, sessionId);
});
afterEach(() => ws.close());

describe('adopting agreements', () => {
  it('refuses any agreement without quorum, explains how many are missing, and writes nothing', async () => {
    await markPresent(ws, sessionId, members.voting.slice(0, 2));
    const before = snapshotDatabase(dbFile());
    const error = await ws.fail('agreements.adopt', unanimous(itemId, [members.voting[0]!]));
    expect(error).toMatchObject({ code: 'CONFLICT', key: 'agreements.noQuorum', params: { missing: 1 } });
    expect(snapshotDatabase(dbFile())).toBe(before);
  });

  it('numbers agreements per year from the settings and never gives a number twice', async () => {
    await markPresent(ws, sessionId, members.voting.slice(0, 3));
    const first = await ws.call('agreements.adopt', unanimous(itemId, [members.voting[0]!, members.voting[1]!]));
    expect(first).toMatchObject({
      number: 1,
      numberText: 'ACUERDO N° 001-2026-MDSJP/SGDS',
      responsibleNames: ['Comisaría PNP San Juan', 'Centro Emergencia Mujer San Juan'],
    });
    const second = await ws.call('agreements.adopt', { ...unanimous(itemId, []), secretariatResponsible: true });
    expect(second).toMatchObject({ number: 2, responsibleNames: ['Secretaría Técnica'] });
    await ws.call('agreements.remove', { id: second.id });
    const third = await ws.call('agreements.adopt', unanimous(itemId, [members.voting[2]!]));
    expect(third.number).toBe(3);
    const detail = await ws.call('sessions.get', { id: sessionId });
    expect(detail.agenda.at(-1)?.agreements.map((a) => a.number)).toEqual([1, 3]);
    expect(detail.agreementCount).toBe(2);
  });

  it.each([
    [{ adoption: 'majority' as const }, 'agreements.votesRequired'],
    [{ adoption: 'majority' as const, votesFor: 1, votesAgainst: 1, abstentions: 1 }, 'agreements.majorityNotReached'],
    [{ adoption: 'majority' as const, votesFor: 3, votesAgainst: 1, abstentions: 0 }, 'agreements.moreVotesThanPresent'],
    [{ adoption: 'casting_vote' as const, votesFor: 2, votesAgainst: 1, abstentions: 0 }, 'agreements.notATie'],
    [{ adoption: 'unanimity' as const, votesAgainst: 1 }, 'agreements.unanimityWithDissent'],
    [{ deadline: '2026-03-11' }, 'agreements.deadlineBeforeSession'],
    [{ responsibleIds: [] }, 'agreements.responsibleRequired'],
  ])('refuses %o with %s and writes nothing', async (change, key) => {
    await markPresent(ws, sessionId, members.voting.slice(0, 3));
    const before = snapshotDatabase(dbFile());
    const error = await ws.fail('agreements.adopt', { ...unanimous(itemId, [members.voting[0]!]), ...change });
    expect(error.fields?.[0]?.key ?? error.key).toBe(key);
    expect(snapshotDatabase(dbFile())).toBe(before);
  });

  it('records majority and casting-vote adoptions with their votes', async () => {
    await markPresent(ws, sessionId, members.voting.slice(0, 4));
    const majority = await ws.call('agreements.adopt', {
      ...unanimous(itemId, [members.voting[0]!]),
      adoption: 'majority',
      votesFor: 3,
      votesAgainst: 1,
      abstentions: 0,
    });
    expect(majority).toMatchObject({ adoption: 'majority', votesFor: 3, votesAgainst: 1, abstentions: 0 });
    const tie = await ws.call('agreements.update', {
      id: majority.id,
      text: majority.text,
      responsibleIds: [members.voting[1]!],
      adoption: 'casting_vote',
      votesFor: 2,
      votesAgainst: 2,
      abstentions: 0,
    });
    expect(tie).toMatchObject({ adoption: 'casting_vote', number: 1, responsibleNames: ['Centro Emergencia Mujer San Juan'] });
  });

  it('warns about text that identifies a victim until the user confirms it', async () => {
    await markPresent(ws, sessionId, members.voting.slice(0, 3));
    const text = 'Derivar a la víctima María Quispe con DNI 45678912 al CEM.';
    const error = await ws.fail('agreements.adopt', unanimous(itemId, [members.voting[0]!], text));
    expect(error).toMatchObject({ code: 'CONFLICT', key: 'sessions.sensitiveText' });
    expect(String(error.params?.found)).toContain('45678912');
    expect(String(error.params?.found)).toContain('María Quispe');
    const confirmed = await ws.call('agreements.adopt', { ...unanimous(itemId, [members.voting[0]!], text), acknowledgedSensitive: true });
    expect(confirmed.text).toBe(text);
  });
});
