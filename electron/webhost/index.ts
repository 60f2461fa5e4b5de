/**
 * `npm run start:web`: Acuerda in the default browser, for machines where Electron cannot run.
 * Bound to 127.0.0.1 only, with a fresh random token per run, like Jupyter.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createDispatcher } from '../backend/dispatch';
import { Workspace } from '../backend/workspace';
import { releaseInstanceLock, runningInstanceUrl, writeInstanceLock } from './instanceLock';
import { parseHostOptions, UsageError } from './options';
import { createWebHost } from './server';

async function main(): Promise<void> {
  const options = parseHostOptions(process.argv.slice(2));
  fs.mkdirSync(options.dataDir, { recursive: true });
  const running = runningInstanceUrl(options.dataDir);
  if (running) {
    console.log(`Acuerda ya está abierto con esta carpeta de datos: ${running}`);
    if (options.open) openInBrowser(running);
    return;
  }

  const workspace = await Workspace.open({ dataDir: options.dataDir });
  const token = randomBytes(24).toString('base64url');
  const server = createWebHost({ dispatch: createDispatcher(workspace), staticDir: path.join(__dirname, '..', 'renderer'), token });
  server.listen(options.port, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const url = `http://127.0.0.1:${port}/?token=${token}`;
    writeInstanceLock(options.dataDir, url);
    console.log(`Acuerda está disponible en ${url}`);
    if (options.open) openInBrowser(url);
  });

  const stop = () => {
    server.close();
    server.closeAllConnections();
    releaseInstanceLock(options.dataDir);
    void workspace.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : process.platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  // cmd's `start` needs its empty title argument passed through verbatim.
  const child = spawn(command, args as string[], { detached: true, stdio: 'ignore', windowsVerbatimArguments: true });
  child.on('error', () => console.log('No se pudo abrir el navegador: copie la dirección de arriba en su navegador.'));
  child.unref();
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
