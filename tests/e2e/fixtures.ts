/**
 * Each test gets its own web host on a fresh data folder, started from the built app exactly as
 * `npm run start:web` starts it, and can restart it to prove that data survives, or stop it to
 * change its files while it is not running.
 *
 * A spec may start from a prepared folder instead of an empty one (`test.use({ dataFolder })`):
 * one where the demo database was already filled, or one where the instancia was configured
 * through the set-up wizard. Each is made once per worker, through the screens, and copied for
 * every test: the tests still click what they clicked, without waiting again for the same
 * seconds of set-up (the wizard itself is tested in setup.spec.ts, the demo in demo.spec.ts).
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, test as base, expect } from '@playwright/test';
import { TASKFORCE } from './data';
import { FirstRunPage } from './pages/FirstRunPage';
import { ShellPage } from './pages/ShellPage';
import { describeFindings, ScreenAudit } from './screenAudit';

const ENTRY = path.resolve(__dirname, '../../out/webhost/index.cjs');

/**
 * The office's time zone, as the browser is told in playwright.config.ts: the web host decides
 * what "today" is (who is accredited now, which institutions are active) from its own clock, and
 * on a real computer the window and the host share one. Without this, the evening in Lima is
 * already tomorrow for a host running on UTC.
 */
const OFFICE_TIME_ZONE = 'America/Lima';

export interface RunningHost {
  url: string;
  dataDir: string;
  /** Stops the host (SIGTERM) and starts it again on the same data; returns the new URL. */
  restart(): Promise<string>;
  /** Stops the host (SIGTERM), e.g. to change a file in its data folder. */
  stop(): Promise<void>;
  /** Starts the host again on the same data after `stop()`; returns the new URL. */
  start(): Promise<string>;
}

async function startHost(dataDir: string): Promise<{ url: string; child: ChildProcessWithoutNullStreams }> {
  if (!fs.existsSync(ENTRY)) throw new Error('Falta la aplicación compilada: ejecute «npm run build» antes de las pruebas.');
  const child = spawn(process.execPath, [ENTRY, '--no-open', '--port', '0', '--data-dir', dataDir], {
    env: { ...process.env, TZ: OFFICE_TIME_ZONE },
  });
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

const hasExited = (child: ChildProcessWithoutNullStreams) => child.exitCode !== null || child.signalCode !== null;

function stopHost(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (hasExited(child)) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * What the data folder holds when a test starts: nothing; the demo database already filled (the
 * real one still empty, so the welcome is shown and "Explorar con datos de ejemplo" opens the demo
 * at once); or the instancia of `TASKFORCE` configured, so the app opens on Inicio.
 */
export type DataFolder = 'empty' | 'demo-filled' | 'configured';

const newDataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'acuerda-e2e-'));

/** Makes a prepared folder through the screens, on a host of its own, stopped once it is made. */
async function prepareFolder(browser: Browser, kind: Exclude<DataFolder, 'empty'>): Promise<string> {
  const dataDir = newDataDir();
  const { url, child } = await startHost(dataDir);
  const page = await browser.newPage();
  try {
    const firstRun = await new FirstRunPage(page).open(url);
    if (kind === 'demo-filled') {
      await firstRun.openDemo();
      await expect(new ShellPage(page).demoBadge).toBeVisible({ timeout: 60_000 });
    } else {
      await (await firstRun.startSetup()).configure(TASKFORCE);
    }
  } finally {
    await page.close();
    await stopHost(child);
  }
  return dataDir;
}

export const test = base.extend<{ host: RunningHost; dataFolder: DataFolder; screens: ScreenAudit }, { preparedFolders: (kind: Exclude<DataFolder, 'empty'>) => Promise<string>; screensScannedInRun: Set<string> }>({
  dataFolder: ['empty', { option: true }],
  preparedFolders: [
    async ({ browser }, use) => {
      const made = new Map<string, Promise<string>>();
      await use((kind) => {
        if (!made.has(kind)) made.set(kind, prepareFolder(browser, kind));
        return made.get(kind)!;
      });
      for (const dir of await Promise.all(made.values())) fs.rmSync(dir, { recursive: true, force: true });
    },
    // Made once per worker, through the screens: up to two set-ups, given more than a test's minute.
    { scope: 'worker', timeout: 180_000 },
  ],
  host: async ({ dataFolder, preparedFolders }, use) => {
    const dataDir = newDataDir();
    if (dataFolder !== 'empty') fs.cpSync(await preparedFolders(dataFolder), dataDir, { recursive: true });
    let running = await startHost(dataDir);
    const host: RunningHost = {
      get url() {
        return running.url;
      },
      dataDir,
      stop: () => stopHost(running.child),
      async start() {
        if (!hasExited(running.child)) throw new Error('El servidor web ya está en marcha: llame antes a host.stop().');
        running = await startHost(dataDir);
        return running.url;
      },
      async restart() {
        await host.stop();
        return host.start();
      },
    };
    await use(host);
    await stopHost(running.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
  // The screens the tests of this worker have checked already: each is checked once per run.
  // Playwright reads the fixture's dependencies from this destructuring; this one has none.
  // eslint-disable-next-line no-empty-pattern
  screensScannedInRun: [async ({}, use) => use(new Set()), { scope: 'worker' }],
  // Every test checks the accessibility of each new screen it shows (see screenAudit.ts). It asks
  // for the host only so that the host is still running for the scan of the last screen.
  screens: [
    async ({ page, host: _host, screensScannedInRun }, use, testInfo) => {
      const audit = new ScreenAudit(page, screensScannedInRun);
      await audit.watch();
      await use(audit);
      await audit.scanIfNew({ oncePerRun: true });
      await testInfo.attach('axe', { body: JSON.stringify(audit.report()), contentType: 'application/json' });
      const failing = audit.failing();
      if (failing.length > 0) throw new Error(`Problemas de accesibilidad graves o críticos (axe):\n${describeFindings(failing)}`);
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
