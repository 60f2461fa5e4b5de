/**
 * Small truths a user sees: every problem of a form at the first submit, money with two decimals,
 * plan progress that is not late before its time, the session's state apart from its acta's, a
 * register that fits the screen, notices that cover nothing, and a new record opened at once.
 */
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { TASKFORCE } from './data';
import { AgreementsPage } from './pages/AgreementsPage';
import { FirstRunPage } from './pages/FirstRunPage';
import { MembersPage } from './pages/MembersPage';
import { PlanPage } from './pages/PlanPage';
import { SessionsPage } from './pages/SessionsPage';
import { SettingsPage } from './pages/SettingsPage';
import { ShellPage } from './pages/ShellPage';
import { choose, daysFromToday, expectFieldError, expectNoFieldError, notice, saveScreen, typed } from './pages/ui';

// The demo database comes already filled; the tests still open it from the welcome.
test.use({ dataFolder: 'demo-filled' });

/** What the notice lies over: every button, link, field, tab or table row it covers. */
async function expectCoversNothing(shown: Locator): Promise<void> {
  await expect(shown).toBeVisible();
  const covered = await shown.evaluate((box) => {
    const area = box.getBoundingClientRect();
    const controls = document.querySelectorAll('button, a, input, textarea, [role="combobox"], [role="tab"], tbody tr');
    return [...controls]
      .filter((el) => !box.contains(el) && el.checkVisibility() && !el.closest('[aria-hidden="true"]'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.left < area.right && r.right > area.left && r.top < area.bottom && r.bottom > area.top;
      })
      .map((el) => el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName);
  });
  expect(covered).toEqual([]);
}

test.describe('in the example data', () => {
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

  test('an institution form names every problem at once, then opens the new institution', async ({ page }) => {
    test.slow();
    await new ShellPage(page).goTo('Miembros');
    const members = new MembersPage(page);
    await page.getByRole('button', { name: 'Nueva institución' }).first().click();
    const form = members.form;
    await form.getByRole('textbox', { name: 'Correo electrónico' }).fill('mesa@');
    await form.getByRole('textbox', { name: 'Teléfono' }).fill('01 287-1071 anexo 204');
    await form.getByRole('textbox', { name: 'Miembro desde' }).fill(typed(daysFromToday(0)));
    await form.getByRole('textbox', { name: 'Miembro hasta' }).fill(typed(daysFromToday(-30)));
    await members.submit();

    // Required, format and cross-field problems, all at the first click.
    await expectFieldError(members.nameField, 'Este campo es obligatorio.');
    await expectFieldError(form.getByRole('combobox', { name: 'Categoría' }), /.+/);
    await expectFieldError(form.getByRole('textbox', { name: 'Correo electrónico' }), 'El correo electrónico no es válido');
    await expectFieldError(form.getByRole('textbox', { name: 'Miembro hasta' }), 'La fecha de fin no puede ser anterior a la de inicio.');
    await expectNoFieldError(form.getByRole('textbox', { name: 'Teléfono' }));
    await saveScreen(page, 'small-truths-institution-errors');

    await members.nameField.fill('Centro de Salud Villa Esperanza');
    await choose(page, form.getByRole('combobox', { name: 'Categoría' }), 'Salud');
    await form.getByRole('textbox', { name: 'Correo electrónico' }).fill('mesa@csve.example');
    await form.getByRole('textbox', { name: 'Miembro hasta' }).fill('');
    await members.submit();

    // The new institution opens, ready to accredit its representatives; the notice covers nothing.
    await expect(page.getByRole('button', { name: 'Acreditar titular' })).toBeVisible();
    await expectCoversNothing(notice(page, 'Se registró «Centro de Salud Villa Esperanza».'));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Centro de Salud Villa Esperanza');
    await saveScreen(page, 'small-truths-institution-opened');
  });

  test('the session header tells the session from its acta, and warns before moving it ahead of its convocation', async ({ page }) => {
    test.slow();
    await new ShellPage(page).goTo('Sesiones');
    const sessions = new SessionsPage(page);
    await sessions.open(/^Primera Sesión Ordinaria/);
    const header = page.locator('main header');
    await expect(header.getByText('Realizada', { exact: true })).toBeVisible();
    await expect(header.getByText('Acta: Aprobada', { exact: true })).toBeVisible();

    await new ShellPage(page).goTo('Sesiones');
    await sessions.open(/^Tercera Sesión Ordinaria/);
    await expect(header.getByText('Convocada', { exact: true })).toBeVisible();
    await expect(header.getByText('Acta: Borrador', { exact: true })).toBeVisible();
    await saveScreen(page, 'small-truths-session-header');

    // The convocation was issued today: the day before it asks first, naming the convocation's date.
    const date = page.getByRole('textbox', { name: 'Fecha', exact: true });
    const planned = await date.inputValue();
    await date.fill(typed(daysFromToday(-1)));
    await page.getByRole('button', { name: 'Guardar cambios' }).click();
    const warning = page.getByRole('dialog', { name: '¿Adelantar la sesión a antes de su convocatoria?' });
    await expect(warning).toContainText(`se emitió el ${typed(daysFromToday(0))} para una sesión el ${planned}`);
    await saveScreen(page, 'small-truths-before-convocation');
    await warning.getByRole('button', { name: 'Cancelar' }).click();
    await expect(warning).toBeHidden();
    await expect(header.getByText('Convocada', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Guardar cambios' }).click();
    await warning.getByRole('button', { name: 'Cambiar la fecha de todos modos' }).click();
    await expect(header.getByText('Realizada', { exact: true })).toBeVisible();
  });

  test('a switch shows the click at once, before the backend answers', async ({ page }) => {
    await new ShellPage(page).goTo('Acuerdos');
    const register = new AgreementsPage(page);
    await register.open('Elaborar el directorio actualizado');
    // The backend takes its time: the switch must not wait for it.
    await page.route('**/api/agreements.silence', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 4000));
      await route.continue();
    });
    const silence = page.getByRole('switch', { name: 'Silenciar recordatorios' });
    await silence.click();
    await expect(silence).toBeChecked({ timeout: 2000 });
    await expect(notice(page, /recordatorios/)).toBeVisible({ timeout: 10_000 });
    await expect(silence).toBeChecked();
  });

  test('the header shows the logo once it is saved', async ({ page }) => {
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('img', { name: 'Logo de la instancia' })).toHaveCount(0);
    await new ShellPage(page).goTo('Instancia');
    const settings = new SettingsPage(page);
    await settings.openTab('Documentos');
    await settings.fields.logoFile.setInputFiles(path.resolve(__dirname, '../../resources/icon.png'));
    await settings.save();
    await expect(banner.getByRole('img', { name: 'Logo de la instancia' })).toBeVisible();
    await saveScreen(page, 'small-truths-header-logo');
  });

  test('in English, the agreements register says its dates the way the rest of the screen does', async ({ page }) => {
    const shell = new ShellPage(page);
    await shell.switchLanguage('English');
    await shell.goTo('Agreements');
    const table = page.getByRole('table').first();
    await expect(table).toContainText(/[A-Z][a-z]{2} \d{1,2}, \d{4}/);
    await expect(table).not.toContainText(/\d{2}\/\d{2}\/\d{4}/);
  });

  test('plan progress opens on the period under way', async ({ page }) => {
    await new ShellPage(page).goTo('Plan de acción');
    await page.getByRole('table', { name: 'Planes de acción local' }).getByRole('link').first().click();
    const plan = new PlanPage(page);
    await plan.openTab('Avance');
    const now = new Date();
    const semester = now.getMonth() < 6 ? 'I' : 'II';
    await expect(page.getByRole('combobox', { name: 'Al periodo' })).toHaveValue(`${semester} semestre ${now.getFullYear()}`);
  });
});

test('a plan that has not started has nothing late; soles show two decimals; a negative target is refused', async ({ page, host }) => {
  test.slow();
  await (await new FirstRunPage(page).open(host.url)).openDemo();
  await new ShellPage(page).goTo('Plan de acción');
  const next = (await page.evaluate(() => new Date().getFullYear())) + 1;
  const plan = new PlanPage(page);
  await page.getByRole('button', { name: 'Nuevo plan' }).first().click();
  await plan.dialog.getByRole('textbox', { name: 'Año de inicio' }).fill(String(next));
  await plan.dialog.getByRole('textbox', { name: 'Año de término' }).fill(String(next + 1));
  await plan.dialog.getByRole('radio', { name: 'Por año' }).check();
  await plan.dialog.getByRole('button', { name: 'Crear el plan' }).click();
  await expect(plan.title).toHaveText(`Plan de Acción Local ${next}-${next + 1}`);
  await plan.addLine('Prevención');
  await plan.addObjective('1', 'Reducir la tolerancia social a la violencia');

  const activity = await plan.fillActivity('1.1', { description: 'Talleres en colegios', lead: 'Comisaría PNP Villa Esperanza', budget: [{ amount: '12000.5' }] });
  const amount = activity.getByRole('textbox', { name: 'Monto 1 (S/)' });
  await activity.getByRole('textbox', { name: 'Actividad', exact: true }).click();
  await expect(amount).toHaveValue('S/ 12,000.50');
  await plan.saveActivity(activity);
  await expect(plan.activity('1.1.1')).toContainText('S/ 12,000.50');

  // A minus sign stays as typed and is refused in words, instead of turning into a positive target.
  await plan.activity('1.1.1').getByRole('button', { name: 'Agregar indicador' }).click();
  const indicator = page.getByRole('dialog', { name: 'Nuevo indicador' });
  await indicator.getByRole('textbox', { name: 'Indicador', exact: true }).fill('Talleres realizados');
  await indicator.getByRole('textbox', { name: 'Unidad' }).fill('talleres');
  const target = indicator.getByRole('textbox', { name: `Meta ${next}` });
  await target.fill('-3');
  await indicator.getByRole('button', { name: 'Agregar indicador' }).click();
  await expectFieldError(target, 'El número es demasiado bajo: como mínimo 0.');
  await expect(target).toHaveValue('-3');
  await target.fill('10');
  await indicator.getByRole('button', { name: 'Agregar indicador' }).click();
  await expect(indicator).toBeHidden();

  await plan.approveByReference(`Decreto de Alcaldía N° 004-${next}-MDVE`);
  await plan.openTab('Avance');
  const line = page.getByRole('table', { name: /^Avance de la línea/ });
  await expect(line).toContainText('No iniciada');
  await expect(line).not.toContainText('Retrasada');
  await saveScreen(page, 'small-truths-plan-not-started');
});

test('a new wizard step starts at its top, the notice covers no button, and a false .png is refused', async ({ page, host }) => {
  test.slow();
  const wizard = await (await new FirstRunPage(page).open(host.url)).startSetup();
  await wizard.nextButton.click();
  await expectCoversNothing(notice(page, 'Revise los campos marcados en rojo.'));

  await wizard.fields.fillIdentity(TASKFORCE);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await wizard.next('Quién preside y la secretaría técnica');
  await expect(page.getByRole('heading', { level: 2, name: 'Quién preside y la secretaría técnica' })).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  // A text file named ".png" is refused by its bytes, not shown as a broken image.
  await wizard.fields.fillGovernance(TASKFORCE);
  await wizard.next('Numeración y membrete');
  await wizard.fields.logoFile.setInputFiles({ name: 'escudo.png', mimeType: 'image/png', buffer: Buffer.from('No es una imagen, es un oficio') });
  await expect(page.getByText('El logo debe ser una imagen PNG o JPG.')).toBeVisible();
  await expect(wizard.fields.logoPreview).toBeHidden();
});
