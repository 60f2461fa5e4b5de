/**
 * Which Chromium the end-to-end tests drive. Playwright never downloads browsers on our machines:
 * Debian's /usr/bin/chromium is used when present, else a browser Playwright installed itself
 * (`npm run test:e2e` installs one first where it can: tests/support/ensure-chromium.ts).
 */
import fs from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const MISSING_CHROMIUM =
  'No se encontró Chromium para las pruebas de extremo a extremo. Instale el paquete de Debian «chromium» ' +
  '(sudo apt-get install chromium) o el navegador de Playwright (npx playwright install chromium).';

// Without these, a closed network makes Chromium retry connections it does not need.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export type InstalledChromium = 'debian' | 'playwright' | null;

/** The Chromium on this machine, Debian's first; `playwrightChromium` is where Playwright keeps its own. */
export function installedChromium(exists: (file: string) => boolean, playwrightChromium: string): InstalledChromium {
  if (exists(DEBIAN_CHROMIUM)) return 'debian';
  return exists(playwrightChromium) ? 'playwright' : null;
}

export function chromiumLaunchOptions(): LaunchOptions {
  switch (installedChromium(fs.existsSync, chromium.executablePath())) {
    case 'debian':
      return { executablePath: DEBIAN_CHROMIUM, args: QUIET_FLAGS };
    case 'playwright':
      return { args: QUIET_FLAGS };
    case null:
      throw new Error(MISSING_CHROMIUM);
  }
}
