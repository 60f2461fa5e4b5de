/**
 * Which Chromium the end-to-end tests drive. Playwright never downloads browsers on our machines:
 * Debian's /usr/bin/chromium is used when present, else a browser Playwright installed itself.
 */
import fs from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

// Without these, a closed network makes Chromium retry connections it does not need.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumLaunchOptions(): LaunchOptions {
  if (fs.existsSync(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, args: QUIET_FLAGS };
  if (fs.existsSync(chromium.executablePath())) return { args: QUIET_FLAGS };
  throw new Error(
    'No se encontró Chromium para las pruebas de extremo a extremo. Instale el paquete de Debian «chromium» ' +
      '(sudo apt-get install chromium) o el navegador de Playwright (npx playwright install chromium).',
  );
}
