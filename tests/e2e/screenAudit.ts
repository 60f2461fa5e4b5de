/**
 * Every screen a test shows is checked with axe: the page itself keeps the screen's address (its
 * route, any open dialog, the language) up to date and marks a screen not scanned yet; before each
 * Playwright action or web-first assertion on such a mark, the new screen is scanned if it has
 * settled. Steps on screens already scanned cost nothing: the mark is absent and the test does not
 * talk to the page for it. A screen still busy (a window opening, data or a save on its way,
 * a notice showing) is not waited for: it is scanned at a later step, once still, or at the end of
 * the test. So a test's steps only ever wait for axe itself, never for a screen to calm down, and a
 * notice the test is about to read is never left to close while a scan waits. A screen is scanned
 * this way once per run of the worker, by the first test that shows it (the same screen comes back
 * in dozens of tests; scanning it each time would double the suite's time); accessibility.spec.ts
 * asks for its screens afresh. Serious and critical violations fail the test that scanned them, at
 * its end, listed with the screen where each was first seen.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** What fails a test; the others are only reported. */
const FAILING_IMPACTS = new Set(['serious', 'critical']);

/** How long the scan at the end of a test, or one a test asks for, waits for the screen to settle. */
const SETTLE_MS = 5_000;

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

/** The attribute the page sets on <html> while it shows a screen that was not scanned yet. */
const UNSCANNED_MARK = 'data-screen-unscanned';

interface ScreenMarker {
  acuerdaScreenScanned?: (screen: string) => void;
}

/**
 * Runs in the page before its own scripts: after each change of the document (at most once a
 * frame) it names the screen, and marks <html> while that screen is not among the scanned ones.
 * Written without outer names (the screen's namer and the mark come as arguments): it is sent to
 * the page as text.
 */
function markUnscannedScreens(nameScreen: () => string, alreadyScanned: string[], mark: string): void {
  const scanned = new Set(alreadyScanned);
  let queued = false;
  const update = () => {
    queued = false;
    const unscanned = !scanned.has(nameScreen());
    if (document.documentElement.hasAttribute(mark) !== unscanned) document.documentElement.toggleAttribute(mark, unscanned);
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(update);
  };
  (window as unknown as Required<ScreenMarker>).acuerdaScreenScanned = (screen) => {
    scanned.add(screen);
    update();
  };
  new MutationObserver(schedule).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  addEventListener('hashchange', schedule);
  schedule();
}

/**
 * Nothing is on its way for two frames in a row: no transition running (a window opening), no
 * spinner (data or a save on its way) and, unless `noticesToo`, no notice showing (it closes by
 * itself, and the test may be about to read it). Endless animations are decoration, not a change.
 */
function hasSettled(noticesToo: boolean): Promise<boolean> {
  const moving = (a: Animation) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity;
  const busy = noticesToo ? '.mantine-Loader-root' : '.mantine-Loader-root, .mantine-Notification-root';
  const still = () => !document.getAnimations().some(moving) && !document.querySelector(busy);
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(still()))));
}

type AxeNode = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number]['nodes'][number];

const describeTarget = (node: AxeNode) => node.target.map((part) => (Array.isArray(part) ? part.join(' >> ') : part)).join(' ');

export class ScreenAudit {
  private readonly scanned = new Set<string>();
  private readonly seen = new Set<string>();
  private readonly findings: Finding[] = [];

  /** `scannedInRun`: the screens any test of this worker has scanned already, shared by their audits. */
  constructor(
    private readonly page: Page,
    private readonly scannedInRun: Set<string>,
  ) {}

  /** Checks each new screen before the test's next action or assertion, once per run, if it is still. */
  async watch(): Promise<void> {
    const scanned = [...this.scannedInRun];
    await this.page.addInitScript({ content: `(${markUnscannedScreens.toString()})(${currentScreen.toString()}, ${JSON.stringify(scanned)}, ${JSON.stringify(UNSCANNED_MARK)});` });
    await this.page.addLocatorHandler(this.page.locator(`html[${UNSCANNED_MARK}]`), () => this.scanMarkedScreen(), { noWaitAfter: true });
  }

  /** Scans the marked screen if it is still, and tells the page which screen needs no more scans. */
  private async scanMarkedScreen(): Promise<void> {
    const screen = await this.scanIfNew({ wait: false, oncePerRun: true });
    if (screen) await this.page.evaluate((done) => (window as unknown as ScreenMarker).acuerdaScreenScanned?.(done), screen).catch(() => undefined);
  }

  /**
   * Scans the screen shown now unless this test (or, with `oncePerRun`, any earlier one) already
   * did; returns its address, or nothing when the screen was not still (with `wait`, within a few
   * seconds; notices are then scanned too).
   */
  async scanIfNew({ wait = true, oncePerRun = false } = {}): Promise<string | undefined> {
    const scanned = (screen: string) => this.scanned.has(screen) || (oncePerRun && this.scannedInRun.has(screen));
    try {
      return await this.scanUnlessScanned(wait, scanned);
    } catch (error) {
      // The page went away under the scan (a reload, the end of the test): nothing to check there.
      if (this.page.isClosed() || /context was destroyed|navigat/i.test(String(error))) return undefined;
      throw error;
    }
  }

  private async scanUnlessScanned(wait: boolean, scanned: (screen: string) => boolean): Promise<string | undefined> {
    if (this.page.isClosed() || !this.page.url().startsWith('http')) return undefined;
    const before = await this.page.evaluate(currentScreen);
    if (scanned(before)) return before;
    if (!(await this.settles(wait))) return undefined;
    const screen = await this.page.evaluate(currentScreen);
    if (scanned(screen)) return screen;
    // One window, no frames: axe runs in the page itself, and lists only what is wrong, which is
    // twice as fast as the default (a run per frame, put together in a second page).
    const results = await new AxeBuilder({ page: this.page }).setLegacyMode().options({ resultTypes: ['violations'] }).analyze();
    // A screen that changed under the scan (a save that navigates by itself) is scanned again later.
    if ((await this.page.evaluate(currentScreen)) !== screen) return undefined;
    this.scanned.add(screen);
    this.scannedInRun.add(screen);
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

  private async settles(wait: boolean): Promise<boolean> {
    if (!wait) return this.page.evaluate(hasSettled, false);
    const deadline = Date.now() + SETTLE_MS;
    while (!(await this.page.evaluate(hasSettled, true))) {
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
