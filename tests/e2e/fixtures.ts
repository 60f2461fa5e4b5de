/**
 * Each test gets its own web host on a fresh data folder, started from the built app exactly as
 * `npm run start:web` starts it, and can restart it to prove that data survives.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';

const ENTRY = path.resolve(__dirname, '../../out/webhost/index.cjs');

export interface RunningHost {
  url: string;
  dataDir: string;
  /** Stops the host (SIGTERM) and starts it again on the same data; returns the new URL. */
  restart(): Promise<string>;
}

async function startHost(dataDir: string): Promise<{ url: string; child: ChildProcessWithoutNullStreams }> {
  if (!fs.existsSync(ENTRY)) throw new Error('Falta la aplicación compilada: ejecute «npm run build» antes de las pruebas.');
  const child = spawn(process.execPath, [ENTRY, '--no-open', '--port', '0', '--data-dir', dataDir]);
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (match) resolve(match[0]);
    });
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('exit', (code) => reject(new Error(`El servidor web terminó antes de tiempo (código ${code}).`)));
  });
  return { url, child };
}

function stopHost(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export const test = base.extend<{ host: RunningHost }>({
  // Playwright reads the fixture's dependencies from this destructuring; this one has none.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'acuerda-e2e-'));
    let running = await startHost(dataDir);
    await use({
      get url() {
        return running.url;
      },
      dataDir,
      async restart() {
        await stopHost(running.child);
        running = await startHost(dataDir);
        return running.url;
      },
    });
    await stopHost(running.child);
  },
});

export { expect } from '@playwright/test';
