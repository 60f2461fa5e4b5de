import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Playwright empties its output folder on start: keep it apart from the Vitest report and screenshots.
  outputDir: 'test-results/playwright-artifacts',
  // Generous: a test's first look at a screen waits for its accessibility scan (see
  // tests/e2e/screenAudit.ts), seconds on a slow office PC. Speed is measured in benchmarks, not here.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  // One browser at a time: on a two-core machine, two browsers with their hosts make each test
  // slower than the pair is worth (measured: sessions.spec 50 s alone, 80 s and a timeout with two).
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/playwright.json' }]] : [['list']],
  use: {
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1366, height: 768 },
    locale: 'es-PE',
    timezoneId: 'America/Lima',
    // As a user who switched animations off: windows and notices appear at once, so no step waits
    // for a transition to end (the theme respects the setting; see renderer/src/app/theme.ts).
    reducedMotion: 'reduce',
    screenshot: 'only-on-failure',
    // No trace: recording one for every test made the run 40 % slower (measured on acta and
    // sessions: 3.7 → 2.1 min). A failing test leaves its screenshot; to see its steps, run it
    // again with `--trace on`.
    trace: 'off',
  },
});
