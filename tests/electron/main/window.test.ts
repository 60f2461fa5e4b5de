import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../../electron/main/window';
import { FakeBrowserWindow, resetFake, session, state } from '../fake-electron';

vi.mock('electron', async () => (await import('../fake-electron')).electron);

const projectRoot = path.resolve(__dirname, '../../..');

beforeEach(() => {
  resetFake();
  state.appPath = projectRoot;
});

function onlyWindow(): FakeBrowserWindow {
  createMainWindow();
  expect(FakeBrowserWindow.instances).toHaveLength(1);
  return FakeBrowserWindow.instances[0];
}

describe('main window', () => {
  it('uses exactly the secure web preferences', () => {
    const { options } = onlyWindow();
    expect(options.webPreferences).toStrictEqual({
      preload: path.join(projectRoot, 'out', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: true,
    });
  });

  it('loads the preload that vite builds as a single CommonJS file', () => {
    const preload = (onlyWindow().options.webPreferences as { preload: string }).preload;
    expect(preload.endsWith(path.join('out', 'preload', 'index.cjs'))).toBe(true);
    const viteConfig = fs.readFileSync(path.join(projectRoot, 'vite.node.config.mts'), 'utf8');
    expect(viteConfig).toContain("'electron/preload/index.ts'");
    expect(viteConfig).toContain("'out/preload'");
  });

  it("loads the built renderer through the app's own protocol, not from disk", () => {
    const window = onlyWindow();
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://acuerda/index.html');
  });

  it('is titled Acuerda, has a minimum size and shows only when ready', () => {
    const window = onlyWindow();
    expect(window.options).toMatchObject({ title: 'Acuerda', show: false });
    expect(window.options.minWidth).toBeGreaterThanOrEqual(800);
    expect(window.options.minHeight).toBeGreaterThanOrEqual(500);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('uses the icon from resources/ in a dev checkout, none when packaged', () => {
    const icon = onlyWindow().options.icon as string;
    expect(icon).toBe(path.join(projectRoot, 'resources', 'icon.png'));
    expect(fs.existsSync(icon)).toBe(true);
    resetFake();
    state.isPackaged = true;
    expect(onlyWindow().options.icon).toBeUndefined();
  });

  it('spell-checks in Spanish when the dictionary exists', () => {
    createMainWindow();
    expect(session.defaultSession.setSpellCheckerLanguages).toHaveBeenCalledWith(['es']);
  });
});
