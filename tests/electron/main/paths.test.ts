import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appFiles, dataDir, resolveDataDir } from '../../../electron/main/paths';

const USER_DATA = '/home/ana/.config/Acuerda';

describe('resolveDataDir', () => {
  it('takes --data-dir=<dir> from argv', () => {
    expect(resolveDataDir(['electron', '.', '--data-dir=/srv/datos'], {}, USER_DATA)).toBe('/srv/datos');
  });

  it('takes --data-dir <dir> as two arguments', () => {
    expect(resolveDataDir(['Acuerda.exe', '--data-dir', '/srv/datos', '--otro'], {}, USER_DATA)).toBe('/srv/datos');
  });

  it('resolves a relative folder from the current directory', () => {
    expect(resolveDataDir(['electron', '.', '--data-dir', 'prueba'], {}, USER_DATA)).toBe(path.resolve('prueba'));
  });

  it('prefers argv over ACUERDA_DATA_DIR', () => {
    expect(resolveDataDir(['x', '--data-dir=/a'], { ACUERDA_DATA_DIR: '/b' }, USER_DATA)).toBe('/a');
  });

  it('uses ACUERDA_DATA_DIR when argv names no folder', () => {
    expect(resolveDataDir(['x'], { ACUERDA_DATA_DIR: '/b' }, USER_DATA)).toBe('/b');
    expect(resolveDataDir(['x', '--data-dir'], { ACUERDA_DATA_DIR: '/b' }, USER_DATA)).toBe('/b');
    expect(resolveDataDir(['x', '--data-dir', '--inspect'], { ACUERDA_DATA_DIR: '/b' }, USER_DATA)).toBe('/b');
    expect(resolveDataDir(['x', '--data-dir='], { ACUERDA_DATA_DIR: '/b' }, USER_DATA)).toBe('/b');
  });

  it("falls back to Electron's userData folder", () => {
    expect(resolveDataDir(['x'], {}, USER_DATA)).toBe(USER_DATA);
    expect(resolveDataDir(['x'], { ACUERDA_DATA_DIR: '  ' }, USER_DATA)).toBe(USER_DATA);
  });

  it('does not mistake a similar flag for --data-dir', () => {
    expect(resolveDataDir(['x', '--data-directory=/no', '--data-dirs', '/no'], {}, USER_DATA)).toBe(USER_DATA);
  });

  it('the wrapper asks the app for userData', () => {
    const previous = process.env.ACUERDA_DATA_DIR;
    delete process.env.ACUERDA_DATA_DIR;
    try {
      const asked: string[] = [];
      const result = dataDir({ getPath: (name) => (asked.push(name), USER_DATA) });
      expect(asked).toEqual(['userData']);
      // vitest's own argv carries no --data-dir.
      expect(result).toBe(USER_DATA);
    } finally {
      if (previous !== undefined) process.env.ACUERDA_DATA_DIR = previous;
    }
  });
});

describe('appFiles', () => {
  it('points at the built renderer and preload inside the app path', () => {
    const files = appFiles('/opt/Acuerda/resources/app.asar');
    expect(files.renderer).toBe(path.join('/opt/Acuerda/resources/app.asar', 'out', 'renderer'));
    expect(files.preload).toBe(path.join('/opt/Acuerda/resources/app.asar', 'out', 'preload', 'index.cjs'));
  });
});
