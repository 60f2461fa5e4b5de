/**
 * The confinement of renderer paths, checked with Windows path rules: there a backslash separates
 * folders, so a decoded `..\` climbs out unless the final check stops it (POSIX paths cannot get
 * that far; the web host and app protocol tests cover them).
 */
import type nodePath from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { contentTypeOf, pathInside } from '../../electron/backend/rendererFiles';

vi.mock('node:path', async () => ({ default: (await vi.importActual<{ default: typeof nodePath }>('node:path')).default.win32 }));

const ROOT = 'C:\\Program Files\\Acuerda\\resources\\app.asar\\out\\renderer';

describe('pathInside, on Windows', () => {
  it('finds the files of the renderer folder', () => {
    expect(pathInside(ROOT, '/index.html')).toBe(`${ROOT}\\index.html`);
    expect(pathInside(ROOT, '/assets/index-abc.js')).toBe(`${ROOT}\\assets\\index-abc.js`);
    expect(pathInside(ROOT, '/assets/Mi%20logo.png')).toBe(`${ROOT}\\assets\\Mi logo.png`);
  });

  it.each(['/..%5C..%5Csecret.txt', '/assets/..%5C..%5C..%5Cacuerda.sqlite', '/..%5C', '/%2e%2e%5Csecret.txt'])(
    'refuses %s, which climbs out with backslashes',
    (urlPath) => {
      expect(pathInside(ROOT, urlPath)).toBeNull();
    },
  );

  it('refuses a path that cannot be decoded', () => {
    expect(pathInside(ROOT, '/%E0%A4%A')).toBeNull();
  });
});

describe('contentTypeOf', () => {
  it('names scripts as JavaScript (module scripts need it) and unknown files as bytes', () => {
    expect(contentTypeOf(`${ROOT}\\assets\\index-abc.js`)).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf(`${ROOT}\\index.html`)).toBe('text/html; charset=utf-8');
    expect(contentTypeOf(`${ROOT}\\assets\\data.bin`)).toBe('application/octet-stream');
  });
});
