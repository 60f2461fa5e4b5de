/**
 * Small truths a user sees: every problem of a form at the first submit, money with two decimals,
 * plan progress that is not late before its time, the session's state apart from its acta's, a
 * register that fits the screen, notices that cover nothing, and a new record opened at once.
 */
import { test, expect } from './fixtures';
import { AgreementsPage } from './pages/AgreementsPage';
import { FirstRunPage } from './pages/FirstRunPage';
import { ShellPage } from './pages/ShellPage';
import { saveScreen } from './pages/ui';

test.beforeEach(async ({ page, host }) => {
  await (await new FirstRunPage(page).open(host.url)).openDemo();
});

test('the agreements register fits a 1366 px screen', async ({ page }) => {
  await new ShellPage(page).goTo('Acuerdos');
  const register = new AgreementsPage(page);
  await expect(register.rows.first()).toBeVisible();
  await saveScreen(page, 'small-truths-register');
  const overflow = await register.table.evaluate((table) => {
    let scroller: HTMLElement | null = table.parentElement;
    while (scroller && !/auto|scroll/.test(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
    const cells = [...table.querySelectorAll('td, th')].filter((cell) => cell.scrollWidth > cell.clientWidth + 1);
    return { scrolls: scroller ? scroller.scrollWidth - scroller.clientWidth : 0, cells: cells.map((cell) => cell.textContent) };
  });
  // Nothing sticks out of its cell, and the last column shows without scrolling sideways.
  expect(overflow).toEqual({ scrolls: 0, cells: [] });
});
