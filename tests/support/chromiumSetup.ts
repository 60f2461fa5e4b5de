/**
 * What `npm run test:e2e` does before Playwright starts, so a newcomer's first run does not stop on
 * a missing browser: nothing when a Chromium is there; otherwise install Playwright's own, where
 * the machine can download it. CI never downloads: its browser is Debian's, installed by .ci/run.
 */
import { installedChromium } from './browser';

export interface ChromiumProbes {
  exists(file: string): boolean;
  /** Where Playwright keeps the Chromium it installs. */
  playwrightChromium: string;
  ci: boolean;
  /** Runs `npx playwright install chromium`; true when it succeeded. */
  install(): boolean;
}

export type ChromiumSetup =
  | { kind: 'present' }
  | { kind: 'installed' }
  /** Nothing to drive: `ci` when downloading is not allowed, `installFailed` when it was tried. */
  | { kind: 'missing'; reason: 'ci' | 'installFailed' };

export function setUpChromium(probes: ChromiumProbes): ChromiumSetup {
  if (installedChromium(probes.exists, probes.playwrightChromium) !== null) return { kind: 'present' };
  if (probes.ci) return { kind: 'missing', reason: 'ci' };
  // An install that says it succeeded but left no browser (an interrupted download) is no browser.
  const installed = probes.install() && installedChromium(probes.exists, probes.playwrightChromium) !== null;
  return installed ? { kind: 'installed' } : { kind: 'missing', reason: 'installFailed' };
}
