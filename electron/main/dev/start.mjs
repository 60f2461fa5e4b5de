// `npm start`: run the desktop app from a checkout, in four steps.
//  1. Make sure Electron's binary is there (npm install skips its download: see package.json
//     "allowScripts"), fetching it with Electron's own install script when it is missing.
//  2. Make a better-sqlite3 build for Electron's ABI in .cache/electron-native/<version>/, from a
//     copy of the package. node_modules/better-sqlite3 keeps its Node build for tests and the web
//     host: nothing here rebuilds in place (no electron-builder install-app-deps, no npm rebuild).
//  3. Build the app (npm run build).
//  4. Start Electron on the project, telling the main process where that build is
//     (ACUERDA_NATIVE_BINDING) and passing on extra arguments: `npm start -- --data-dir ./prueba`.
// The pure parts are exported and tested in tests/electron/dev-start.test.ts; importing this file
// runs nothing.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../../..');
const ELECTRON_HEADERS = 'https://electronjs.org/headers';

/** Where the Electron build of better-sqlite3 is made (`staging`) and kept (`dir`, `binding`). */
export function nativeBuildPaths(root, electronVersion) {
  const dir = path.join(root, '.cache', 'electron-native', electronVersion, 'better-sqlite3');
  return {
    dir,
    staging: `${dir}.partial`,
    binding: path.join(dir, 'build', 'Release', 'better_sqlite3.node'),
  };
}

/** Copy filter: the package's sources, without its Node build (build/), which must not be reused. */
export function copiesIntoNativeBuild(packageDir, file) {
  const relative = path.relative(packageDir, file);
  const [top] = relative.split(path.sep);
  return top !== 'build' && top !== 'node_modules';
}

/** prebuild-install downloads a ready build for Electron when one is published… */
export const prebuildArgs = (electronVersion) => ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`];

/** …otherwise node-gyp compiles one against Electron's headers (needs a C++ toolchain). */
export const nodeGypArgs = (electronVersion) => [
  'rebuild',
  '--release',
  '--runtime=electron',
  `--target=${electronVersion}`,
  `--arch=${process.arch}`,
  `--dist-url=${ELECTRON_HEADERS}`,
];

/** Electron opens the project folder; everything after `npm start --` is passed on. */
export const electronArgs = (argv) => ['.', ...argv.slice(2)];

/** The app's environment: the Electron build of better-sqlite3, and never "run as plain Node". */
export function electronEnv(env, binding) {
  const result = { ...env, ACUERDA_NATIVE_BINDING: binding };
  delete result.ELECTRON_RUN_AS_NODE;
  return result;
}

// ---------------------------------------------------------------------------------------------
// The steps. They touch the network, the disk and child processes; read them, they are short.

const require = createRequire(path.join(PROJECT_ROOT, 'package.json'));

function fail(spanish, english) {
  console.error(`\nAcuerda: ${spanish}\n          ${english}\n`);
  process.exit(1);
}

/** Runs a command to completion with the user watching; true when it succeeded. */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  return result.status === 0;
}

/** The Electron executable, or null when its binary has not been downloaded. */
function electronBinary() {
  const entry = require.resolve('electron');
  delete require.cache[entry]; // electron/index.js reads path.txt when loaded: load it afresh.
  try {
    const binary = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function ensureElectron() {
  const existing = electronBinary();
  if (existing) return existing;
  console.log('Acuerda: descargando Electron… / downloading Electron…');
  const installScript = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
  run(process.execPath, [installScript], PROJECT_ROOT);
  const downloaded = electronBinary();
  if (!downloaded) {
    fail(
      'no se pudo descargar Electron (hace falta conexión a internet). Sin Electron puede usar `npm run start:web`.',
      'could not download Electron (an internet connection is needed). Without it, use `npm run start:web`.',
    );
  }
  return downloaded;
}

function ensureNativeBinding(electronVersion) {
  const paths = nativeBuildPaths(PROJECT_ROOT, electronVersion);
  if (fs.existsSync(paths.binding)) return paths.binding;

  console.log(`Acuerda: preparando better-sqlite3 para Electron ${electronVersion} / building better-sqlite3 for Electron…`);
  const packageDir = path.dirname(require.resolve('better-sqlite3/package.json'));
  fs.rmSync(paths.staging, { recursive: true, force: true });
  fs.cpSync(packageDir, paths.staging, { recursive: true, filter: (file) => copiesIntoNativeBuild(packageDir, file) });

  const prebuildInstall = require.resolve('prebuild-install/bin.js');
  const built =
    run(process.execPath, [prebuildInstall, ...prebuildArgs(electronVersion)], paths.staging) ||
    run(process.execPath, [nodeGypScript(), ...nodeGypArgs(electronVersion)], paths.staging);
  const stagedBinding = path.join(paths.staging, 'build', 'Release', 'better_sqlite3.node');
  if (!built || !fs.existsSync(stagedBinding)) {
    fail(
      'no se pudo obtener better-sqlite3 para Electron (hace falta internet, o un compilador de C++ para node-gyp).',
      'could not get better-sqlite3 for Electron (needs internet, or a C++ toolchain for node-gyp).',
    );
  }
  // Only a finished build takes the final name, so an interrupted one is never mistaken for it.
  fs.rmSync(paths.dir, { recursive: true, force: true });
  fs.renameSync(paths.staging, paths.dir);
  return paths.binding;
}

/** node-gyp from node_modules, else the copy npm runs scripts with. */
function nodeGypScript() {
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    if (process.env.npm_config_node_gyp) return process.env.npm_config_node_gyp;
    fail('no se encontró node-gyp.', 'node-gyp was not found.');
  }
}

function buildApp() {
  // Under `npm start`, npm_execpath is npm's own script: this works the same on Windows.
  const npm = process.env.npm_execpath;
  const ok = npm
    ? run(process.execPath, [npm, 'run', 'build'], PROJECT_ROOT)
    : spawnSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;
  if (!ok) fail('la compilación falló (vea los mensajes de arriba).', 'the build failed (see the messages above).');
}

function launch(electron, binding) {
  const child = spawn(electron, electronArgs(process.argv), {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
    env: electronEnv(process.env, binding),
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function main() {
  const electron = ensureElectron();
  const electronVersion = require('electron/package.json').version;
  const binding = ensureNativeBinding(electronVersion);
  buildApp();
  launch(electron, binding);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
