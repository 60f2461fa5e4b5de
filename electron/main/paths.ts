/**
 * Where things are. Pure functions over (argv, env, paths) so they are tested without Electron;
 * the callers pass `app`'s values in. Only a type is imported from 'electron'.
 */
import path from 'node:path';
import type { App } from 'electron';

const DATA_DIR_FLAG = '--data-dir';

/**
 * The folder holding the databases: `--data-dir=<dir>` or `--data-dir <dir>` on the command line,
 * else `ACUERDA_DATA_DIR`, else Electron's per-user folder. A relative folder is taken from the
 * current directory, so `npm start -- --data-dir ./prueba` does what it says.
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, userDataPath: string): string {
  const fromArgs = dataDirArgument(argv);
  if (fromArgs) return path.resolve(fromArgs);
  const fromEnv = env.ACUERDA_DATA_DIR?.trim();
  if (fromEnv) return path.resolve(fromEnv);
  return userDataPath;
}

function dataDirArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith(`${DATA_DIR_FLAG}=`)) return arg.slice(DATA_DIR_FLAG.length + 1).trim() || undefined;
    if (arg === DATA_DIR_FLAG) {
      const next = argv[i + 1];
      // "--data-dir" followed by another flag (or nothing) names no folder.
      return next && !next.startsWith('--') ? next.trim() || undefined : undefined;
    }
  }
  return undefined;
}

/** The data folder of this run, from the real argv and environment. */
export const dataDir = (app: Pick<App, 'getPath'>): string =>
  resolveDataDir(process.argv, process.env, app.getPath('userData'));

export interface AppFiles {
  /** The built renderer, the only folder the app:// protocol serves (see appProtocol.ts). */
  renderer: string;
  /** The single-file CommonJS preload built by `npm run build:node`. */
  preload: string;
  /** The window icon of a dev checkout; packaged builds carry the icon in the executable. */
  icon: string;
}

/**
 * Built files, relative to `app.getAppPath()`: the project folder under `electron .`, the
 * `app.asar` archive when packaged (Electron reads files inside it transparently).
 */
export function appFiles(appPath: string): AppFiles {
  return {
    renderer: path.join(appPath, 'out', 'renderer'),
    preload: path.join(appPath, 'out', 'preload', 'index.cjs'),
    icon: path.join(appPath, 'resources', 'icon.png'),
  };
}
