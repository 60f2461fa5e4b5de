/**
 * Saving exported documents from the desktop app: nothing is written unless the user chose a place
 * in the save dialog, and only a file saved in this run may be opened with its default program.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerFileChannels } from '../../../electron/main/files';
import { DESKTOP_CHANNELS } from '../../../shared/desktop';
import { ipcListener, resetFake } from '../fake-electron';

const native = vi.hoisted(() => ({
  showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath?: string }>>(),
  openPath: vi.fn<(path: string) => Promise<string>>(),
  fromWebContents: vi.fn<(contents: unknown) => unknown>(() => null),
}));

// The shared fake has no save dialog nor openPath: add them, keeping everything else as it is.
vi.mock('electron', async () => {
  const fake = await import('../fake-electron');
  return {
    ...fake.electron,
    get app() {
      return fake.app;
    },
    dialog: { ...fake.dialog, showSaveDialog: native.showSaveDialog },
    shell: { ...fake.shell, openPath: native.openPath },
    BrowserWindow: Object.assign(class extends fake.FakeBrowserWindow {}, { fromWebContents: native.fromWebContents }),
  };
});

const TRUSTED = 'app://acuerda/index.html#/sesiones/3';
const DOCX = { fileName: 'Acta 001-2026-IDC-SJP.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', dataBase64: Buffer.from('PK\u0003\u0004acta').toString('base64') };

type Listener = (event: unknown, input: unknown) => Promise<unknown>;
const sender = (url: string | null) => ({ senderFrame: url === null ? null : { url }, sender: {} });
const save = (input: unknown, url: string | null = TRUSTED) => (ipcListener(DESKTOP_CHANNELS.saveFile) as Listener)(sender(url), input);
const open = (filePath: unknown, url: string | null = TRUSTED) => (ipcListener(DESKTOP_CHANNELS.openPath) as Listener)(sender(url), filePath);

let dir: string;

beforeEach(() => {
  resetFake();
  native.showSaveDialog.mockReset();
  native.openPath.mockReset().mockResolvedValue('');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'acuerda-files-'));
  registerFileChannels();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('saving a file', () => {
  it('suggests the name in the documents folder, with a Word filter and the overwrite question', async () => {
    native.showSaveDialog.mockResolvedValue({ canceled: true });
    await save(DOCX);
    expect(native.showSaveDialog).toHaveBeenCalledOnce();
    const options = native.showSaveDialog.mock.calls[0]?.at(-1) as Record<string, unknown>;
    expect(options.defaultPath).toBe(path.join('/fake/documents', DOCX.fileName));
    expect(options.filters).toEqual([{ name: 'Documento de Word', extensions: ['docx'] }]);
    expect(options.properties).toContain('showOverwriteConfirmation');
  });

  it('writes nothing when the user cancels the dialog', async () => {
    native.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(save(DOCX)).resolves.toBeNull();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('writes the bytes at the chosen path and answers with it', async () => {
    const chosen = path.join(dir, 'mi acta.docx');
    native.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    await expect(save(DOCX)).resolves.toBe(chosen);
    expect(fs.readFileSync(chosen).toString('latin1')).toBe('PK\u0003\u0004acta');
  });

  it('never lets the page choose a folder: only the name is suggested', async () => {
    native.showSaveDialog.mockResolvedValue({ canceled: true });
    await save({ ...DOCX, fileName: '..\\..\\Windows\\System32\\evil.docx' });
    await save({ ...DOCX, fileName: '/etc/evil.docx' });
    const suggested = native.showSaveDialog.mock.calls.map((call) => (call.at(-1) as { defaultPath: string }).defaultPath);
    expect(suggested).toEqual([path.join('/fake/documents', 'evil.docx'), path.join('/fake/documents', 'evil.docx')]);
  });

  it.each([
    ['a foreign web page', 'https://evil.example/'],
    ['another local file', 'file:///tmp/evil.html'],
    ['the app page over file://', 'file:///opt/acuerda/out/renderer/index.html'],
    ['another app:// host', 'app://evil/index.html'],
    ['a destroyed frame', null],
  ])('refuses %s without showing a dialog', async (_label, url) => {
    await expect(save(DOCX, url)).resolves.toBeNull();
    expect(native.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses something that is not a file', async () => {
    await expect(save({ fileName: 'x.docx' })).resolves.toBeNull();
    await expect(save('x.docx')).resolves.toBeNull();
    expect(native.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('opening a saved file', () => {
  it('opens a file saved in this run with its default program', async () => {
    const chosen = path.join(dir, 'Agenda.docx');
    native.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    await save(DOCX);
    await expect(open(chosen)).resolves.toBe(true);
    expect(native.openPath).toHaveBeenCalledExactlyOnceWith(chosen);
  });

  it('says so when the system could not open it', async () => {
    const chosen = path.join(dir, 'Agenda.docx');
    native.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    await save(DOCX);
    native.openPath.mockResolvedValue('No application is associated');
    await expect(open(chosen)).resolves.toBe(false);
  });

  it('refuses a path it did not save in this run', async () => {
    await expect(open('C:\\Windows\\System32\\cmd.exe')).resolves.toBe(false);
    await expect(open(path.join(dir, 'otro.docx'))).resolves.toBe(false);
    expect(native.openPath).not.toHaveBeenCalled();
  });

  it('refuses a foreign sender even for a saved file', async () => {
    const chosen = path.join(dir, 'Agenda.docx');
    native.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    await save(DOCX);
    await expect(open(chosen, 'https://evil.example/')).resolves.toBe(false);
    expect(native.openPath).not.toHaveBeenCalled();
  });
});
