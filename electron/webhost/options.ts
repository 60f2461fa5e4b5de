/** Command-line options of the web host, and where its data lives by default. */
import os from 'node:os';
import path from 'node:path';

export interface HostOptions {
  port: number;
  dataDir: string;
  open: boolean;
}

export class UsageError extends Error {}

/**
 * The same folder Electron's `app.getPath('userData')` gives for the product "Acuerda", so the
 * desktop app and `npm run start:web` show the same data.
 */
export function defaultDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Acuerda');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Acuerda');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Acuerda');
}

export function parseHostOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): HostOptions {
  const options: HostOptions = {
    port: 0,
    dataDir: env.ACUERDA_DATA_DIR || defaultDataDir(process.platform, env, os.homedir()),
    open: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] ?? '').split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--no-open') options.open = false;
    else if (flag === '--port') options.port = parsePort(value());
    else if (flag === '--data-dir') options.dataDir = path.resolve(requireValue('--data-dir', value()));
    else throw new UsageError(`Opción desconocida: ${flag}. Uso: acuerda-web [--port N] [--data-dir CARPETA] [--no-open]`);
  }
  return options;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`Puerto no válido: «${text}» (0–65535).`);
  return port;
}

function requireValue(flag: string, text: string): string {
  if (text === '') throw new UsageError(`Falta el valor de ${flag}.`);
  return text;
}
