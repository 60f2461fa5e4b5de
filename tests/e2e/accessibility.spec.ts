/**
 * Accessibility: the sections, a session's tabs and the form windows people use most have no
 * serious or critical axe violation (contrast, ARIA, landmarks). Every other test is checked the
 * same way by the `screens` fixture; these name the screens, so none of them can go unchecked.
 */
import { test, expect } from './fixtures';
import { ActaPage } from './pages/ActaPage';
import { FirstRunPage } from './pages/FirstRunPage';
import { MembersPage } from './pages/MembersPage';
import { SessionPage } from './pages/SessionPage';
import { SessionsPage } from './pages/SessionsPage';
import { ShellPage } from './pages/ShellPage';
import { daysFromToday, saveScreen, typed } from './pages/ui';
import { describeFindings, type ScreenAudit } from './screenAudit';

// The demo database comes already filled; the tests still open it from the welcome.
test.use({ dataFolder: 'demo-filled' });

const DRAFT_SESSION = 'Segunda Sesión Ordinaria 2026';
/** The sections in the sidebar, and their addresses. */
const SECTIONS = {
  Inicio: '/',
  Instancia: '/instancia',
  Miembros: '/miembros',
  Sesiones: '/sesiones',
  Acuerdos: '/acuerdos',
  'Plan de acción': '/plan',
  Protocolo: '/protocolo',
};

// Each test scans a dozen screens: more time than a test of one feature.
test.describe.configure({ mode: 'parallel', timeout: 240_000 });

test.beforeEach(async ({ page, host }) => {
  await (await new FirstRunPage(page).open(host.url)).openDemo();
  await expect(page.getByRole('heading', { level: 1, name: 'Inicio' })).toBeVisible();
});

/** Scans the screen shown now (named by its address, e.g. "/sesiones [Nueva sesión]") and finds nothing serious. */
async function expectAccessible(screens: ScreenAudit, screen: string): Promise<void> {
  const scanned = await screens.scanIfNew();
  expect(scanned).toContain(screen);
  const failing = screens.failing().filter((finding) => finding.screen === scanned);
  expect(failing, describeFindings(failing)).toEqual([]);
}

test('each section and each tab of a session', async ({ page, screens }) => {
  const navigation = page.getByRole('navigation', { name: 'Secciones' });
  for (const [section, path] of Object.entries(SECTIONS)) {
    await navigation.getByRole('link', { name: section, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#${path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(screens, `es ${path}`);
  }
  await saveScreen(page, 'accesibilidad-protocolo');

  await new ShellPage(page).goTo('Sesiones');
  const session = await new SessionsPage(page).open(DRAFT_SESSION);
  for (const tab of ['Datos y agenda', 'Convocatoria', 'Asistencia', 'Acta', 'Documentos'] as const) {
    await session.openTab(tab);
    await expectAccessible(screens, 'es /sesiones/#');
  }
  expect(screens.report().screens).toEqual(expect.arrayContaining(Object.values(SECTIONS).map((path) => `es ${path}`)));
});

test('the form windows: Nueva institución, Nueva sesión, Agregar punto, Registrar acuerdo', async ({ page, screens }) => {
  const shell = new ShellPage(page);
  await shell.goTo('Miembros');
  const members = new MembersPage(page);
  await page.getByRole('button', { name: 'Nueva institución' }).first().click();
  await expect(members.form).toBeVisible();
  await expectAccessible(screens, '[Nueva institución]');
  await members.form.getByRole('button', { name: 'Cancelar' }).click();

  await shell.goTo('Sesiones');
  const sessions = new SessionsPage(page);
  await sessions.fillNewSession({ date: typed(daysFromToday(7)), firstCallTime: '10:00', place: 'Auditorio municipal' });
  await expectAccessible(screens, '[Nueva sesión]');
  await saveScreen(page, 'accesibilidad-nueva-sesion');
  await sessions.submit();
  const session = new SessionPage(page);
  await session.expectShown(/^Sesión/);

  await page.getByRole('button', { name: 'Agregar punto' }).click();
  await expect(session.dialog).toBeVisible();
  await expectAccessible(screens, '[Nuevo punto de agenda]');
  await session.dialog.getByRole('button', { name: 'Cancelar' }).click();

  await shell.goTo('Sesiones');
  await (await sessions.open(DRAFT_SESSION)).openTab('Acta');
  const acta = new ActaPage(page);
  await acta.adoptButton('6.2').click();
  await expect(acta.dialog).toBeVisible();
  await expectAccessible(screens, '[Registrar acuerdo');
  await saveScreen(page, 'accesibilidad-registrar-acuerdo');
});
