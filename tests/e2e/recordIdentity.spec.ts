/**
 * What a screen shows and saves belongs to the record in the address and to the database that is
 * open: moving straight from one record to another, or between the real data and the demo, never
 * leaves the previous one's values on screen.
 */
import { test, expect } from './fixtures';
import { TASKFORCE } from './data';
import { FirstRunPage } from './pages/FirstRunPage';
import { HomePage } from './pages/HomePage';
import { SessionsPage } from './pages/SessionsPage';
import { ShellPage } from './pages/ShellPage';
import { daysFromToday, typed } from './pages/ui';

// The demo database comes already filled; the tests still open it from the welcome.
test.use({ dataFolder: 'demo-filled' });

test.describe.configure({ mode: 'parallel' });

const FIRST = typed(daysFromToday(10));
const SECOND = typed(daysFromToday(20));

/** What the next-session card says at this very moment, without waiting for it to change. */
const shownNow = async (home: HomePage) => (await home.nextSession.allTextContents()).join(' ');

test("a session's data form follows the session in the address, and saves onto that one", async ({ page, host }) => {
  await (await new FirstRunPage(page).open(host.url)).openDemo();
  const shell = new ShellPage(page);
  await shell.goTo('Sesiones');
  const sessions = new SessionsPage(page);
  const first = await sessions.createSession({ date: FIRST, firstCallTime: '09:00', place: 'Sala de regidores' });
  const firstAddress = page.url();
  await shell.goTo('Sesiones');
  const second = await sessions.createSession({ date: SECOND, firstCallTime: '16:30', place: 'Auditorio municipal' });
  const secondAddress = page.url();
  const dateField = page.getByRole('main').getByLabel('Fecha', { exact: true });
  const placeField = page.getByRole('main').getByLabel('Lugar', { exact: true });

  // Straight from one session to the other by the address, both already opened (so cached).
  await page.goto(firstAddress);
  await first.expectShown(`Sesión Ordinaria del ${FIRST}`);
  await expect(dateField).toHaveValue(FIRST);
  await page.evaluate((hash) => (window.location.hash = hash), new URL(secondAddress).hash);
  await second.expectShown(`Sesión Ordinaria del ${SECOND}`);
  await expect(dateField).toHaveValue(SECOND);
  await expect(placeField).toHaveValue('Auditorio municipal');
  await expect(page.getByText('No hay cambios por guardar')).toBeVisible();

  // A change saved now lands on the session on screen, and the other keeps its own date.
  await placeField.fill('Auditorio municipal, segundo piso');
  await page.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(page.getByText('No hay cambios por guardar')).toBeVisible();
  await page.evaluate((hash) => (window.location.hash = hash), new URL(firstAddress).hash);
  await first.expectShown(`Sesión Ordinaria del ${FIRST}`);
  await expect(dateField).toHaveValue(FIRST);
  await expect(placeField).toHaveValue('Sala de regidores');
  await page.goBack();
  await second.expectShown(`Sesión Ordinaria del ${SECOND}`);
  await expect(placeField).toHaveValue('Auditorio municipal, segundo piso');
});

test('Inicio never shows the other database under the current name when switching to the demo and back', async ({ page, host }) => {
  const wizard = await (await new FirstRunPage(page).open(host.url)).startSetup();
  await wizard.configure(TASKFORCE);
  const shell = new ShellPage(page);
  await shell.goTo('Sesiones');
  await new SessionsPage(page).createSession({ date: FIRST, firstCallTime: '09:00', place: 'Sala de regidores' });
  await shell.goTo('Inicio');
  const home = new HomePage(page);
  await expect(home.nextSession).toContainText(`Sesión Ordinaria del ${FIRST}`);

  // Whatever Inicio shows from the moment the switch is made must be the demo's, under its name.
  await home.openDemo();
  await expect(shell.demoBadge).toBeVisible();
  await expect(shell.shortName).toHaveText('IDC-VE');
  expect(await shownNow(home)).not.toContain(`Sesión Ordinaria del ${FIRST}`);
  await expect(home.nextSession).toBeVisible();
  await expect(home.nextSession).not.toContainText(`Sesión Ordinaria del ${FIRST}`);

  // And back: the demo's agreements and session are gone before anything is drawn.
  const demoNextSession = (await home.nextSession.textContent()) ?? '';
  await shell.backToRealData();
  await expect(shell.demoBadge).toBeHidden();
  await expect(shell.shortName).toHaveText(TASKFORCE.shortName);
  expect(await shownNow(home)).not.toBe(demoNextSession);
  await expect(home.nextSession).toContainText(`Sesión Ordinaria del ${FIRST}`);
});

test("an agreement's follow-up form follows the agreement in the address", async ({ page, host }) => {
  await (await new FirstRunPage(page).open(host.url)).openDemo();
  // The demo is written on first use: on a busy machine that takes a while.
  await expect(page.getByRole('heading', { level: 1, name: 'Inicio' })).toBeVisible({ timeout: 30_000 });
  const heading = page.getByRole('heading', { level: 1 });
  const observations = page.getByRole('main').getByLabel('Observaciones', { exact: true });
  const open = async (id: number) => {
    await page.evaluate((hash) => (window.location.hash = hash), `#/acuerdos/${id}`);
    await expect(observations).toBeVisible();
  };

  await open(2);
  const secondTitle = (await heading.textContent()) ?? '';
  const secondObservations = await observations.inputValue();
  await open(1);
  await expect(heading).not.toHaveText(secondTitle);
  await observations.fill('Se coordinó con la UGEL la fecha del taller.');
  await page.getByRole('button', { name: 'Guardar seguimiento' }).click();
  await expect(page.getByRole('button', { name: 'Guardar seguimiento' })).toBeDisabled();

  await open(2);
  await expect(heading).toHaveText(secondTitle);
  await expect(observations).toHaveValue(secondObservations);
  await expect(page.getByRole('button', { name: 'Guardar seguimiento' })).toBeDisabled();
});
