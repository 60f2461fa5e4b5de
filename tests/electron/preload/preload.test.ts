import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcChannel, METHOD_NAMES } from '../../../shared/contract';
import { contextBridge, ipcRenderer } from '../fake-electron';

vi.mock('electron', async () => (await import('../fake-electron')).electron);

type Exposed = Record<string, (input: unknown) => Promise<unknown>>;
let api: Exposed;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [key, value] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, Exposed];
  expect(key).toBe('acuerda');
  api = value;
});

describe('preload', () => {
  it('exposes one function per contract method and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    for (const method of METHOD_NAMES) expect(typeof api[method]).toBe('function');
  });

  it("forwards each call's single argument on its method's channel", async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: ['respuesta'] });
    const input = { includeInactive: false };
    await expect(api['members.list'](input)).resolves.toEqual({ ok: true, value: ['respuesta'] });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(ipcChannel('members.list'), input);

    for (const method of METHOD_NAMES) {
      await api[method]({ marker: method });
      expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(`acuerda:${method}`, { marker: method });
    }
  });

  it('gives the page no way to add or replace methods', () => {
    expect(Object.isFrozen(api)).toBe(true);
  });
});
