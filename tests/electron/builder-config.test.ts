/**
 * electron-builder.yml is only read when packaging, which cannot run here; this checks it against
 * electron-builder's own JSON schema (offline) and pins the settings the architecture relies on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  win: { target: { target: string; arch: string[] }[]; icon: string };
  nsis: Record<string, unknown>;
  linux: { target: string[]; category: string; icon: string };
  mac: { target: string[]; category: string; icon: string };
}

const config = load(read('electron-builder.yml')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's schema", () => {
    const schema = JSON.parse(read('node_modules/app-builder-lib/scheme.json')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('names the app and ships only the build output', () => {
    expect(config).toMatchObject({ appId: 'pe.acuerda.app', productName: 'Acuerda' });
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'resources' });
    expect(config.files.filter((pattern) => !pattern.startsWith('!'))).toEqual(['out/**', 'package.json']);
    const pkg = JSON.parse(read('package.json')) as { main: string };
    expect(pkg.main.startsWith('out/')).toBe(true);
  });

  it('packs into asar with better-sqlite3 unpacked and rebuilt for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(true);
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds a Spanish NSIS installer and a portable exe for Windows x64', () => {
    expect(config.win.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      installerLanguages: ['es_ES'],
      language: '3082',
    });
  });

  it('builds AppImage and deb for Linux and a dmg for macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.category).toBe('public.app-category.productivity');
  });

  it('points at a square icon of at least 512 px that exists', () => {
    for (const icon of new Set([config.win.icon, config.linux.icon, config.mac.icon])) {
      const png = fs.readFileSync(path.join(root, icon));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(width).toBe(height);
      expect(width).toBeGreaterThanOrEqual(512);
    }
  });
});

describe('renderer/index.html', () => {
  it('declares a Content-Security-Policy that allows no remote or eval-ed code', () => {
    const html = read('renderer/index.html');
    const tag = (html.match(/<meta\b[^>]*>/gi) ?? []).find((meta) => /http-equiv=["']Content-Security-Policy["']/i.test(meta));
    expect(tag, 'CSP meta tag').toBeDefined();
    const csp = /\bcontent=(["'])(.*?)\1/s.exec(tag ?? '')?.[2] ?? '';
    expect(csp).toMatch(/default-src\s+'self'/);
    expect(csp).not.toContain('unsafe-eval');
    const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).not.toMatch(/https?:|\*/);
  });
});
