import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../../electron/backend/dispatch';
import { registerIpc } from '../../../electron/main/ipc';
import { ipcChannel, METHOD_NAMES } from '../../../shared/contract';
import { ipcListener, ipcMain, resetFake } from '../fake-electron';

vi.mock('electron', async () => (await import('../fake-electron')).electron);

const TRUSTED = 'app://acuerda/index.html#/miembros';

function fakeDispatch() {
  return vi.fn<Dispatch>(async (method, input) => ({ ok: true, value: { method, input } }));
}

const invoke = (channel: string, senderUrl: string | null, input: unknown) =>
  (ipcListener(channel) as (event: unknown, input: unknown) => Promise<unknown>)(
    { senderFrame: senderUrl === null ? null : { url: senderUrl } },
    input,
  );

beforeEach(() => resetFake());

describe('IPC registration', () => {
  it('registers exactly one handler per contract method, on its own channel', () => {
    const channels = registerIpc(fakeDispatch());
    const registered = ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(registered).toEqual(METHOD_NAMES.map(ipcChannel));
    expect(new Set(registered).size).toBe(METHOD_NAMES.length);
    expect(channels).toEqual(registered);
    expect(registered).toContain('acuerda:members.list');
  });
});

describe('IPC calls', () => {
  it('passes a call from the app page to the dispatcher with its input', async () => {
    const dispatch = fakeDispatch();
    registerIpc(dispatch);
    const input = { includeInactive: true };
    await expect(invoke('acuerda:members.list', TRUSTED, input)).resolves.toEqual({
      ok: true,
      value: { method: 'members.list', input },
    });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('members.list', input);
  });

  it('routes each channel to its own method', async () => {
    const dispatch = fakeDispatch();
    registerIpc(dispatch);
    for (const method of METHOD_NAMES) await invoke(ipcChannel(method), TRUSTED, {});
    expect(dispatch.mock.calls.map(([method]) => method)).toEqual(METHOD_NAMES);
  });

  it.each([
    ['a foreign web page', 'https://evil.example/'],
    ['another local file', 'file:///tmp/evil.html'],
    ['the app page over file://', 'file:///opt/acuerda/out/renderer/index.html'],
    ['another app:// host', 'app://evil/index.html'],
    ['a destroyed frame', null],
  ])('refuses %s with FORBIDDEN without calling the dispatcher', async (_label, sender) => {
    const dispatch = fakeDispatch();
    registerIpc(dispatch);
    await expect(invoke('acuerda:members.create', sender, { name: 'x' })).resolves.toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', key: 'app.forbidden' },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });
});
