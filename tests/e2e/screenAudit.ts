/**
 * Every screen a test shows is checked with axe: the screen's address (its route, any open dialog,
 * the language) is read before each Playwright action or web-first assertion, and each new one is
 * scanned once it has settled. The test's own steps wait while a scan runs, so what is scanned is
 * what the user would see there, whatever the machine's speed. Serious and critical violations
 * fail the test at its end, listed with the screen where each was first seen.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** What fails a test; the others are only reported. */
const FAILING_IMPACTS = new Set(['serious', 'critical']);

/**
 * How long a step of the test waits for a new screen to settle (a window opening, data arriving)
 * before going on: a screen still busy then is scanned at a later step, or at the end of the test.
 */
const SETTLE_MS = 600;
const SETTLE_AT_END_MS = 5_000;

export interface Finding {
  screen: string;
  rule: string;
  impact: string;
  target: string;
  summary: string;
  /** What axe measured, e.g. the two colours and their contrast. */
  detail: string;
}

export interface ScreenReport {
  screens: string[];
  findings: Finding[];
}

/**
 * Names the screen the page shows. Ids in the route are left out (one institution's page is the
 * same screen as another's); dialogs are named by their title; screens outside the app's frame
 * (welcome, set-up) have no route of their own, so their headings name them.
 */
function currentScreen(): string {
  const generic = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  const shown = (element: Element) => element.getClientRects().length > 0;
  const route = generic(location.hash.replace(/^#/, '').split('?')[0] || '/');
  const parts = [`${document.documentElement.lang} ${route}`];
  if (!document.querySelector('nav')) {
    const headings = [...document.querySelectorAll('h1, h2')].filter(shown).map((h) => generic(h.textContent ?? ''));
    parts.push(headings.join(' / '));
  }
  for (const dialog of document.querySelectorAll('[role="dialog"], [role="alertdialog"]')) {
    if (!shown(dialog)) continue;
    const titleId = dialog.getAttribute('aria-labelledby');
    const title = (titleId && document.getElementById(titleId)?.textContent) || dialog.getAttribute('aria-label') || 'popover';
    parts.push(`[${generic(title)}]`);
  }
  return parts.join(' ');
}

/**
 * Nothing is on its way for two frames in a row: no transition running (a window opening), no
 * spinner (data or a save on its way). Endless animations are decoration, not a change to wait for.
 */
function hasSettled(): Promise<boolean> {
  const moving = (a: Animation) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity;
  const still = () => !document.getAnimations().some(moving) && !document.querySelector('.mantine-Loader-root');
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(still()))));
}

type AxeNode = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number]['nodes'][number];

const describeTarget = (node: AxeNode) => node.target.map((part) => (Array.isArray(part) ? part.join(' >> ') : part)).join(' ');

export class ScreenAudit {
  private readonly scanned = new Set<string>();
  private readonly seen = new Set<string>();
  private readonly findings: Finding[] = [];

  constructor(private readonly page: Page) {}

  /** Checks the screen before each action and assertion of the test, once per screen. */
  async watch(): Promise<void> {
    await this.page.addLocatorHandler(this.page.locator('body'), () => this.scanIfNew(SETTLE_MS), { noWaitAfter: true });
  }

  /**
   * Scans the screen shown now unless this test already did; returns its address, or nothing when
   * the screen did not settle in time to be scanned.
   */
  async scanIfNew(settleMs = SETTLE_AT_END_MS): Promise<string | undefined> {
    try {
      return await this.scanUnlessScanned(settleMs);
    } catch (error) {
      // The page went away under the scan (a reload, the end of the test): nothing to check there.
      if (this.page.isClosed() || /context was destroyed|navigat/i.test(String(error))) return undefined;
      throw error;
    }
  }

  private async scanUnlessScanned(settleMs: number): Promise<string | undefined> {
    if (this.page.isClosed() || !this.page.url().startsWith('http')) return undefined;
    const before = await this.page.evaluate(currentScreen);
    if (this.scanned.has(before)) return before;
    if (!(await this.settles(settleMs))) return undefined;
    const screen = await this.page.evaluate(currentScreen);
    if (this.scanned.has(screen)) return screen;
    // One window, no frames: axe runs in the page itself, and lists only what is wrong, which is
    // twice as fast as the default (a run per frame, put together in a second page).
    const started = Date.now();
    const results = await new AxeBuilder({ page: this.page }).setLegacyMode().options({ resultTypes: ['violations'] }).analyze();
    if (process.env.AXE_TIMING) console.log(`axe ${Date.now() - started} ms ${screen}`);
    // A screen that changed under the scan (a save that navigates by itself) is scanned again later.
    if ((await this.page.evaluate(currentScreen)) !== screen) return undefined;
    this.scanned.add(screen);
    for (const violation of results.violations) {
      for (const node of violation.nodes) {
        const target = describeTarget(node);
        // The page behind a dialog was already scanned: its problems are listed once, where first seen.
        if (this.seen.has(`${violation.id} ${target}`)) continue;
        this.seen.add(`${violation.id} ${target}`);
        this.findings.push({ screen, rule: violation.id, impact: node.impact ?? violation.impact ?? 'unknown', target, summary: violation.help, detail: node.failureSummary ?? '' });
      }
    }
    return screen;
  }

  /** What was scanned and found, for the report and for tests about accessibility itself. */
  report(): ScreenReport {
    return { screens: [...this.scanned], findings: [...this.findings] };
  }

  failing(): Finding[] {
    return this.findings.filter((finding) => FAILING_IMPACTS.has(finding.impact));
  }

  private async settles(withinMs: number): Promise<boolean> {
    const deadline = Date.now() + withinMs;
    while (!(await this.page.evaluate(hasSettled))) {
      if (Date.now() > deadline) return false;
      await this.page.waitForTimeout(50);
    }
    return true;
  }
}

/** One line per rule and screen, with a few of the elements, so a long list stays readable. */
export function describeFindings(findings: Finding[]): string {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const heading = `${f.rule} (${f.impact}) «${f.screen}»: ${f.summary}`;
    groups.set(heading, [...(groups.get(heading) ?? []), f]);
  }
  return [...groups]
    .map(([heading, group]) => `  ${heading}\n    ${group.length} × ${group.slice(0, 3).map((f) => f.target).join('\n        ')}`)
    .join('\n');
}
