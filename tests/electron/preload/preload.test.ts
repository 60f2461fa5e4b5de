import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcChannel, METHOD_NAMES } from '../../../shared/contract';
import type { AcuerdaDesktop } from '../../../shared/desktop';
import { contextBridge, ipcRenderer } from '../fake-electron';

vi.mock('electron', async () => (await import('../fake-electron')).electron);

type Exposed = Record<string, (input: unknown) => Promise<unknown>>;
let api: Exposed;
let desktop: AcuerdaDesktop;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  const exposed = Object.fromEntries(contextBridge.exposeInMainWorld.mock.calls as [string, unknown][]);
  expect(Object.keys(exposed).sort()).toEqual(['acuerda', 'acuerdaDesktop']);
  api = exposed.acuerda as Exposed;
  desktop = exposed.acuerdaDesktop as AcuerdaDesktop;
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
    expect(Object.isFrozen(desktop)).toBe(true);
  });

  it('offers the desktop file actions, sending only the file on their own channels', async () => {
    expect(Object.keys(desktop).sort()).toEqual(['notify', 'openPath', 'saveFile']);
    ipcRenderer.invoke.mockResolvedValueOnce('C:\\Users\\ana\\Documents\\Acta.docx');
    const file = { fileName: 'Acta.docx', mimeType: 'application/zip', dataBase64: 'UEs=' };
    await expect(desktop.saveFile({ ...file, extra: 'x' } as typeof file)).resolves.toBe('C:\\Users\\ana\\Documents\\Acta.docx');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('acuerda-desktop:saveFile', file);

    ipcRenderer.invoke.mockResolvedValueOnce(true);
    await expect(desktop.openPath('C:\\Users\\ana\\Documents\\Acta.docx')).resolves.toBe(true);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('acuerda-desktop:openPath', 'C:\\Users\\ana\\Documents\\Acta.docx');
  });

  it('offers system notifications, sending only the title and body on their own channel', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce(true);
    const notice = { title: 'Acuerdos por atender', body: '2 acuerdos vencidos' };
    await expect(desktop.notify({ ...notice, icon: 'file:///etc/passwd' } as typeof notice)).resolves.toBe(true);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('acuerda-desktop:notify', notice);
  });
});
