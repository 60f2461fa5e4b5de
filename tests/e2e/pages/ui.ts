/** Small helpers shared by the page objects: Mantine controls driven the way a user drives them. */
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

const SCREENS_DIR = path.resolve(__dirname, '../../../test-results/screens');

/** Saves the whole page as test-results/screens/<name>.png, to look at after the run. */
export async function saveScreen(page: Page, name: string): Promise<void> {
  // From the top: a page scrolled by earlier clicks would stitch the fixed header into the middle.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** Opens a select (Mantine's combobox) and clicks one of its options. */
export async function choose(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(combobox).toHaveValue(option);
}

/** The field is marked invalid and its error text is the message read out with it. */
export async function expectFieldError(field: Locator, message: string | RegExp): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(typeof message === 'string' ? new RegExp(escape(message)) : message);
}

export async function expectNoFieldError(field: Locator): Promise<void> {
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
}

/** A notice (Mantine notification) with this text. */
export function notice(page: Page, text: string | RegExp): Locator {
  return page.getByRole('alert').filter({ hasText: text });
}

/**
 * Sees a notice. Notices appear at the top centre, over the header's empty middle rather than on
 * any button, and close by themselves, so the test goes on without closing them, as a user would.
 */
export async function readNotice(page: Page, text: string | RegExp): Promise<void> {
  await expect(notice(page, text)).toBeVisible();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A day relative to today in the office's time zone (the one playwright.config.ts gives the browser), as ISO. */
export const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'America/Lima' });

/** "2026-03-12" → "12/03/2026", as dates are typed in the app. */
export const typed = (iso: string) => iso.split('-').reverse().join('/');
