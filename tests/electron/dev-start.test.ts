/** The pure parts of `npm start` (electron/main/dev/start.mjs); the script itself needs internet. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  copiesIntoNativeBuild,
  electronArgs,
  electronEnv,
  nativeBuildPaths,
  nodeGypArgs,
  prebuildArgs,
  PROJECT_ROOT,
} from '../../electron/main/dev/start.mjs';

describe('npm start helpers', () => {
  it('finds the project root from its own location, and runs nothing on import', () => {
    expect(PROJECT_ROOT).toBe(path.resolve(__dirname, '../..'));
  });

  it('keeps the Electron build of better-sqlite3 in the cache, never in node_modules', () => {
    const paths = nativeBuildPaths('/repo', '41.7.1');
    expect(paths.dir).toBe(path.join('/repo', '.cache', 'electron-native', '41.7.1', 'better-sqlite3'));
    expect(paths.binding).toBe(path.join(paths.dir, 'build', 'Release', 'better_sqlite3.node'));
    expect(path.dirname(paths.staging)).toBe(path.dirname(paths.dir));
    expect(paths.staging).not.toBe(paths.dir);
    for (const file of Object.values(paths)) expect(file).not.toContain('node_modules');
  });

  it("copies better-sqlite3's sources but not its Node build", () => {
    const pkg = path.join('/repo', 'node_modules', 'better-sqlite3');
    expect(copiesIntoNativeBuild(pkg, pkg)).toBe(true);
    expect(copiesIntoNativeBuild(pkg, path.join(pkg, 'src', 'better_sqlite3.cpp'))).toBe(true);
    expect(copiesIntoNativeBuild(pkg, path.join(pkg, 'deps', 'sqlite3', 'sqlite3.c'))).toBe(true);
    expect(copiesIntoNativeBuild(pkg, path.join(pkg, 'lib', 'database.js'))).toBe(true);
    expect(copiesIntoNativeBuild(pkg, path.join(pkg, 'build'))).toBe(false);
    expect(copiesIntoNativeBuild(pkg, path.join(pkg, 'build', 'Release', 'better_sqlite3.node'))).toBe(false);
  });

  it("targets Electron's runtime and version, never Node's", () => {
    expect(prebuildArgs('41.7.1')).toEqual(expect.arrayContaining(['--runtime=electron', '--target=41.7.1']));
    expect(nodeGypArgs('41.7.1')).toEqual(
      expect.arrayContaining(['rebuild', '--release', '--runtime=electron', '--target=41.7.1', '--dist-url=https://electronjs.org/headers']),
    );
  });

  it('starts Electron on the project with the extra arguments of `npm start --`', () => {
    expect(electronArgs(['node', 'start.mjs'])).toEqual(['.']);
    expect(electronArgs(['node', 'start.mjs', '--data-dir', './prueba'])).toEqual(['.', '--data-dir', './prueba']);
  });

  it('passes the native binding and drops ELECTRON_RUN_AS_NODE', () => {
    const env = electronEnv({ PATH: '/bin', ELECTRON_RUN_AS_NODE: '1' }, '/repo/x.node');
    expect(env).toEqual({ PATH: '/bin', ACUERDA_NATIVE_BINDING: '/repo/x.node' });
  });
});
