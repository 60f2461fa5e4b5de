/**
 * `npm run start:web`: Acuerda in the default browser, for machines where Electron cannot run.
 * Bound to 127.0.0.1 only, with a fresh random token per run, like Jupyter.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createDispatcher } from '../backend/dispatch';
import { Workspace } from '../backend/workspace';
import { parseHostOptions, UsageError } from './options';
import { createWebHost } from './server';

async function main(): Promise<void> {
  const options = parseHostOptions(process.argv.slice(2));
  const workspace = await Workspace.open({ dataDir: options.dataDir });
  const token = randomBytes(24).toString('base64url');
  const server = createWebHost({ dispatch: createDispatcher(workspace), staticDir: path.join(__dirname, '..', 'renderer'), token });
  server.listen(options.port, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const url = `http://127.0.0.1:${port}/?token=${token}`;
    console.log(`Acuerda está disponible en ${url}`);
    if (options.open) openInBrowser(url);
  });

  const stop = () => {
    server.close();
    server.closeAllConnections();
    void workspace.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : process.platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
  child.on('error', () => console.log('No se pudo abrir el navegador: copie la dirección de arriba en su navegador.'));
  child.unref();
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
