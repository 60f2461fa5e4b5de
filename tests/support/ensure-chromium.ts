/**
 * Run by `npm run test:e2e` before `playwright test` (see chromiumSetup.ts): installs Playwright's
 * Chromium when no browser is there and the machine can download it, else says what to install
 * and exits non-zero.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { MISSING_CHROMIUM } from './browser';
import { setUpChromium } from './chromiumSetup';

const setup = setUpChromium({
  exists: fs.existsSync,
  playwrightChromium: chromium.executablePath(),
  ci: Boolean(process.env.CI),
  install: () => {
    console.log('No se encontró Chromium para las pruebas de extremo a extremo: se instala el de Playwright (npx playwright install chromium)…');
    // npx is a script on Windows, which only a shell runs.
    return spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;
  },
});

if (setup.kind === 'missing') {
  console.error(MISSING_CHROMIUM);
  process.exitCode = 1;
}
