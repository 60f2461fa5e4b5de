/**
 * The app lifecycle in index.ts, with Electron, the Workspace and the dispatcher faked. index.ts
 * runs on import, so each launch imports it afresh (a query string makes it a new module instance,
 * while the fake 'electron' module stays the one this file inspects).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DESKTOP_CHANNELS } from '../../../shared/desktop';
import * as fake from '../fake-electron';

vi.mock('electron', async () => (await import('../fake-electron')).electron);

const backend = vi.hoisted(() => {
  const workspace = { close: vi.fn(async () => undefined) };
  const dispatch = vi.fn(async (method: string, input: unknown) => ({ ok: true as const, value: { method, input } }));
  return {
    workspace,
    dispatch,
    open: vi.fn(async (_options: { dataDir: string; nativeBinding?: string }) => workspace),
    createDispatcher: vi.fn((_workspace: unknown) => dispatch),
  };
});
vi.mock('../../../electron/backend/workspace', () => ({ Workspace: { open: backend.open } }));
vi.mock('../../../electron/backend/dispatch', () => ({ createDispatcher: backend.createDispatcher }));

const INDEX = fileURLToPath(new URL('../../../electron/main/index.ts', import.meta.url));
let launches = 0;

async function launch(setup: (state: typeof fake.state) => void = () => undefined): Promise<void> {
  fake.resetFake();
  setup(fake.state);
  await import(/* @vite-ignore */ `${INDEX}?launch=${++launches}`);
}

async function launched(setup?: (state: typeof fake.state) => void): Promise<fake.FakeBrowserWindow> {
  await launch(setup);
  await vi.waitFor(() => expect(fake.FakeBrowserWindow.instances).toHaveLength(1));
  return fake.FakeBrowserWindow.instances[0];
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 10));

beforeEach(() => {
  vi.clearAllMocks();
  backend.open.mockImplementation(async () => backend.workspace);
  vi.stubEnv('ACUERDA_DATA_DIR', '/srv/acuerda-datos');
  vi.stubEnv('ACUERDA_NATIVE_BINDING', '');
});
afterEach(() => vi.unstubAllEnvs());

describe('single instance', () => {
  it('quits without a window or a database when another instance holds the lock', async () => {
    await launch((state) => {
      state.lockGranted = false;
    });
    await flush();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.FakeBrowserWindow.instances).toHaveLength(0);
    expect(backend.open).not.toHaveBeenCalled();
    expect(fake.ipcMain.handle).not.toHaveBeenCalled();
    expect(fake.protocol.handle).not.toHaveBeenCalled();
  });

  it('restores and focuses the existing window on a second launch', async () => {
    const window = await launched();
    window.minimized = true;
    fake.app.emit('second-instance', {}, ['Acuerda.exe'], '/');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });
});

describe('start-up', () => {
  it('opens the workspace in the data folder, then registers IPC, the menu and one window', async () => {
    const window = await launched();
    expect(backend.open).toHaveBeenCalledExactlyOnceWith({ dataDir: '/srv/acuerda-datos', nativeBinding: undefined });
    expect(backend.createDispatcher).toHaveBeenCalledWith(backend.workspace);
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://acuerda/index.html');
    // The desktop-only channels: saving files and system notifications.
    for (const channel of Object.values(DESKTOP_CHANNELS)) expect(() => fake.ipcListener(channel)).not.toThrow();
    // The workspace was open before the window existed, so no page can ask for data too early.
    expect(backend.open.mock.invocationCallOrder[0]).toBeLessThan(window.loadURL.mock.invocationCallOrder[0]);
  });

  it("wires IPC to the workspace's dispatcher", async () => {
    await launched();
    const listener = fake.ipcListener('acuerda:members.list') as (event: unknown, input: unknown) => Promise<unknown>;
    const frame = { url: 'app://acuerda/index.html#/' };
    await expect(listener({ senderFrame: frame }, { q: 1 })).resolves.toEqual({
      ok: true,
      value: { method: 'members.list', input: { q: 1 } },
    });
    for (const url of ['https://evil.example/', 'file:///opt/acuerda/out/renderer/index.html#/']) {
      await expect(listener({ senderFrame: { url } }, {})).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(backend.dispatch).toHaveBeenCalledOnce();
  });

  it('declares the app scheme privileged before the app is ready', async () => {
    await launched();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true } },
    ]);
    expect(fake.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(
      fake.app.whenReady.mock.invocationCallOrder[0],
    );
  });

  it('serves the built renderer of the app path on app:// before the window loads it', async () => {
    const appPath = fs.mkdtempSync(path.join(os.tmpdir(), 'acuerda-app-'));
    try {
      fs.mkdirSync(path.join(appPath, 'out', 'renderer'), { recursive: true });
      fs.writeFileSync(path.join(appPath, 'out', 'renderer', 'index.html'), '<html><head></head><body>Acuerda</body></html>');
      const window = await launched((state) => {
        state.appPath = appPath;
      });
      expect(fake.protocol.handle).toHaveBeenCalledOnce();
      expect(fake.protocol.handle.mock.invocationCallOrder[0]).toBeLessThan(window.loadURL.mock.invocationCallOrder[0]);
      const page = await fake.protocolHandler('app')(new Request('app://acuerda/index.html'));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Acuerda');
    } finally {
      fs.rmSync(appPath, { recursive: true, force: true });
    }
  });

  it('hardens the window contents and denies permissions', async () => {
    const window = await launched();
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    const event = { preventDefault: vi.fn() };
    window.webContents.emit('will-navigate', event, 'https://example.org');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
  });

  it('passes ACUERDA_NATIVE_BINDING in a dev checkout only', async () => {
    vi.stubEnv('ACUERDA_NATIVE_BINDING', '/repo/.cache/electron-native/41.7.1/better_sqlite3.node');
    await launched();
    expect(backend.open).toHaveBeenLastCalledWith(
      expect.objectContaining({ nativeBinding: '/repo/.cache/electron-native/41.7.1/better_sqlite3.node' }),
    );
    await launched((state) => {
      state.isPackaged = true;
    });
    expect(backend.open).toHaveBeenLastCalledWith(expect.objectContaining({ nativeBinding: undefined }));
  });

  it('shows a Spanish error and quits when the database cannot be opened', async () => {
    backend.open.mockRejectedValueOnce(new Error('disco lleno'));
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await launch();
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith('Acuerda no pudo iniciar', expect.stringContaining('disco lleno'));
    expect(fake.FakeBrowserWindow.instances).toHaveLength(0);
    consoleError.mockRestore();
  });
});

describe('shutdown', () => {
  it('quits when the window is closed', async () => {
    await launched();
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalled();
  });

  it('holds the quit until the database is closed, then quits again', async () => {
    await launched();
    const first = { preventDefault: vi.fn() };
    fake.app.emit('will-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(backend.workspace.close).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledOnce());

    const second = { preventDefault: vi.fn() };
    fake.app.emit('will-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(backend.workspace.close).toHaveBeenCalledOnce();
  });
});
