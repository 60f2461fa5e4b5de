import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { pngHeader } from '../support/fixtures';
import { convene, setUpInstancia, validSession } from '../support/sessionFixtures';
import { fixedClock, openTestWorkspace, type TestWorkspace, tempDir } from '../support/workspace';
import { makePng } from '../documents/png';

const opened: TestWorkspace[] = [];
const at = async (dir: string, today: string) => {
  const ws = await openTestWorkspace({ dir, clock: fixedClock(today) });
  opened.push(ws);
  return ws;
};
afterEach(async () => {
  for (const ws of opened.splice(0)) await ws.close();
});

/** The images a Word file carries. */
const mediaOf = (dataBase64: string) =>
  Object.entries(unzipSync(new Uint8Array(Buffer.from(dataBase64, 'base64'))))
    .filter(([name]) => name.startsWith('word/media/'))
    .map(([, bytes]) => Buffer.from(bytes));

describe('letterhead versions', () => {
  it('keeps the logo in force on each document’s date', async () => {
    const dir = tempDir();
    const oldLogo = makePng(120, 80, () => [20, 60, 140]);
    const newLogo = makePng(120, 80, () => [150, 30, 30]);
    let ws = await at(dir, '2026-03-12');
    await setUpInstancia(ws);
    const earlier = (await ws.call('sessions.create', validSession({ date: '2026-03-05' }))).id;
    await convene(ws, earlier, '2026-02-26');
    // The first logo is in force since always: documents of sessions held before set-up carry it.
    await ws.call('taskforce.setLogo', { dataBase64: oldLogo.toString('base64') });
    await ws.close();

    ws = await at(dir, '2026-08-01');
    await ws.call('taskforce.setLogo', { dataBase64: newLogo.toString('base64') });
    expect((await ws.call('taskforce.getLogo', {}))?.dataBase64).toBe(newLogo.toString('base64'));
    const later = (await ws.call('sessions.create', validSession({ date: '2026-08-20' }))).id;

    const old = await ws.call('documents.session', { sessionId: earlier, document: 'convocation' });
    expect(mediaOf(old.dataBase64)).toContainEqual(oldLogo);
    expect(mediaOf(old.dataBase64)).not.toContainEqual(newLogo);
    const recent = await ws.call('documents.session', { sessionId: later, document: 'agenda' });
    expect(mediaOf(recent.dataBase64)).toContainEqual(newLogo);
  });

  it('corrects a logo changed twice the same day, and removes it from that day on', async () => {
    const dir = tempDir();
    let ws = await at(dir, '2026-03-12');
    await setUpInstancia(ws);
    await ws.call('taskforce.setLogo', { dataBase64: pngHeader(100).toString('base64') });
    await ws.call('taskforce.setLogo', { dataBase64: pngHeader(200).toString('base64') });
    await ws.close();

    ws = await at(dir, '2026-09-01');
    await ws.call('taskforce.removeLogo', {});
    expect(await ws.call('taskforce.getLogo', {})).toBeNull();
    expect((await ws.call('taskforce.get', {}))?.hasLogo).toBe(false);
    const session = (await ws.call('sessions.create', validSession({ date: '2026-03-05' }))).id;
    // Before the removal the corrected logo (200 px) was in force; the first upload was replaced.
    const agenda = await ws.call('documents.session', { sessionId: session, document: 'agenda' });
    expect(mediaOf(agenda.dataBase64)).toEqual([pngHeader(200)]);
  });
});
