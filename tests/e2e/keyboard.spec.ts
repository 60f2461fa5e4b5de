/**
 * The keyboard alone: the skip link, focus on the page title after a move, and a whole piece of
 * work (an institution, a session, an agenda item) done with Tab, Enter, the arrows and typing,
 * never the mouse.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { FirstRunPage } from './pages/FirstRunPage';
import { daysFromToday, readNotice, saveScreen, typed } from './pages/ui';

/** Presses Tab until the element has focus, as a keyboard user moves through a screen. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`La tecla Tab no llega a ${target.toString()}.`);
}

/** Follows a link of the sidebar with the keyboard. */
async function goTo(page: Page, section: string): Promise<void> {
  await tabTo(page, page.getByRole('navigation', { name: 'Secciones' }).getByRole('link', { name: section, exact: true }));
  await page.keyboard.press('Enter');
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe.configure({ mode: 'parallel' });

// The demo database comes already filled; the tests still open it from the welcome, by keyboard.
test.use({ dataFolder: 'demo-filled' });

test.beforeEach(async ({ page, host }) => {
  const welcome = await new FirstRunPage(page).open(host.url);
  await tabTo(page, welcome.demoButton);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Inicio');
});

test('the skip link reaches the page, and after a move focus is on the new page title', async ({ page }) => {
  // First stop of the Tab key: the skip link, shown while it has focus.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Saltar al contenido' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await saveScreen(page, 'teclado-saltar-al-contenido');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next stop is in the page, past the header and the sidebar.
  await page.keyboard.press('Tab');
  expect(await page.getByRole('main').evaluate((main) => main.contains(document.activeElement))).toBe(true);

  await goTo(page, 'Miembros');
  await expect(heading(page)).toHaveText('Miembros');
  await expect(heading(page)).toBeFocused();
  await goTo(page, 'Sesiones');
  await expect(heading(page)).toHaveText('Sesiones');
  await expect(heading(page)).toBeFocused();
});

test('registers an institution, a session and an agenda item with the keyboard only', async ({ page }) => {
  // An institution, its category picked by typing its first letters.
  await goTo(page, 'Miembros');
  await tabTo(page, page.getByRole('button', { name: 'Nueva institución' }).first());
  await page.keyboard.press('Enter');
  const institutionForm = page.getByRole('dialog', { name: 'Nueva institución' });
  await tabTo(page, institutionForm.getByRole('textbox', { name: 'Institución', exact: true }));
  await page.keyboard.type('Centro Emergencia Mujer Pampas');
  const category = institutionForm.getByRole('combobox', { name: 'Categoría' });
  await tabTo(page, category);
  await page.keyboard.type('sal');
  await page.keyboard.press('Enter');
  await expect(category).toHaveValue('Salud');
  await tabTo(page, institutionForm.getByRole('button', { name: 'Registrar institución' }));
  await page.keyboard.press('Enter');
  await readNotice(page, 'Se registró «Centro Emergencia Mujer Pampas».');
  await expect(institutionForm).toBeHidden();

  // A session, its date typed: the calendar button is no stop of the Tab key, the down arrow opens it.
  await goTo(page, 'Sesiones');
  await tabTo(page, page.getByRole('button', { name: 'Nueva sesión' }).first());
  await page.keyboard.press('Enter');
  const sessionForm = page.getByRole('dialog', { name: 'Nueva sesión' });
  const date = sessionForm.getByRole('textbox', { name: 'Fecha', exact: true });
  await tabTo(page, date);
  await page.keyboard.press('ArrowDown');
  const calendar = page.getByRole('dialog').filter({ has: page.getByRole('table') });
  await expect(calendar).toBeVisible();
  await saveScreen(page, 'teclado-calendario');
  await page.keyboard.press('Escape');
  await expect(calendar).toBeHidden();
  await expect(sessionForm).toBeVisible();
  await expect(date).toBeFocused();
  await page.keyboard.type(typed(daysFromToday(10)));
  await page.keyboard.press('Tab');
  await expect(sessionForm.getByLabel('Primera convocatoria', { exact: true })).toBeFocused();
  await page.keyboard.type('1000');
  await tabTo(page, sessionForm.getByRole('textbox', { name: 'Lugar', exact: true }));
  await page.keyboard.type('Auditorio de la Municipalidad');
  await tabTo(page, sessionForm.getByRole('button', { name: 'Registrar sesión' }));
  await page.keyboard.press('Enter');
  await readNotice(page, /^Se registró la «Sesión/);
  await expect(heading(page)).toHaveText(/^Sesión/);

  // An agenda item.
  await tabTo(page, page.getByRole('button', { name: 'Agregar punto' }));
  await page.keyboard.press('Enter');
  const itemForm = page.getByRole('dialog', { name: 'Nuevo punto de agenda' });
  await tabTo(page, itemForm.getByRole('textbox', { name: 'Tema' }));
  await page.keyboard.type('Casos derivados por la Comisaría');
  await tabTo(page, itemForm.getByRole('button', { name: 'Agregar a la agenda' }));
  await page.keyboard.press('Enter');
  await readNotice(page, 'Se agregó «Casos derivados por la Comisaría» a la agenda.');
  await expect(page.getByRole('list', { name: 'Agenda' }).getByRole('listitem').filter({ hasText: 'Casos derivados por la Comisaría' })).toBeVisible();
});
