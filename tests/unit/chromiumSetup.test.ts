/** What `npm run test:e2e` does about the browser before Playwright starts, on made-up machines. */
import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, installedChromium } from '../support/browser';
import { type ChromiumProbes, setUpChromium } from '../support/chromiumSetup';

const PLAYWRIGHT_CHROMIUM = '/home/ana/.cache/ms-playwright/chromium-1200/chrome-linux/chrome';

/** A machine with these files; `download` says whether `npx playwright install chromium` works there. */
function machine(options: { files?: string[]; ci?: boolean; download?: 'works' | 'fails' | 'leavesNothing' }) {
  const files = new Set(options.files ?? []);
  const installs: string[] = [];
  const probes: ChromiumProbes = {
    exists: (file) => files.has(file),
    playwrightChromium: PLAYWRIGHT_CHROMIUM,
    ci: options.ci ?? false,
    install: () => {
      installs.push('chromium');
      if (options.download === 'works') files.add(PLAYWRIGHT_CHROMIUM);
      return options.download !== 'fails';
    },
  };
  return { probes, installs };
}

describe('the browser before the end-to-end tests', () => {
  it("does nothing when Debian's Chromium is there, even in CI", () => {
    for (const ci of [false, true]) {
      const { probes, installs } = machine({ files: [DEBIAN_CHROMIUM], ci, download: 'works' });
      expect(setUpChromium(probes)).toEqual({ kind: 'present' });
      expect(installs).toEqual([]);
    }
  });

  it("does nothing when Playwright's own Chromium is already installed", () => {
    const { probes, installs } = machine({ files: [PLAYWRIGHT_CHROMIUM], download: 'works' });
    expect(setUpChromium(probes)).toEqual({ kind: 'present' });
    expect(installs).toEqual([]);
  });

  it("installs Playwright's Chromium on a machine that can download it", () => {
    const { probes, installs } = machine({ download: 'works' });
    expect(setUpChromium(probes)).toEqual({ kind: 'installed' });
    expect(installs).toEqual(['chromium']);
  });

  it('reports the browser missing when the download fails, or ends without a browser', () => {
    for (const download of ['fails', 'leavesNothing'] as const) {
      const { probes, installs } = machine({ download });
      expect(setUpChromium(probes)).toEqual({ kind: 'missing', reason: 'installFailed' });
      expect(installs).toEqual(['chromium']);
    }
  });

  it('never downloads in CI', () => {
    const { probes, installs } = machine({ ci: true, download: 'works' });
    expect(setUpChromium(probes)).toEqual({ kind: 'missing', reason: 'ci' });
    expect(installs).toEqual([]);
  });

  it("prefers Debian's Chromium to Playwright's", () => {
    const both = new Set([DEBIAN_CHROMIUM, PLAYWRIGHT_CHROMIUM]);
    expect(installedChromium((file) => both.has(file), PLAYWRIGHT_CHROMIUM)).toBe('debian');
    expect(installedChromium((file) => file === PLAYWRIGHT_CHROMIUM, PLAYWRIGHT_CHROMIUM)).toBe('playwright');
    expect(installedChromium(() => false, PLAYWRIGHT_CHROMIUM)).toBeNull();
  });
});
