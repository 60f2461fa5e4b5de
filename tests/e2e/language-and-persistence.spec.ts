/** The interface language is remembered on this computer; the data survives a restart of the host. */
import { test, expect } from './fixtures';
import { POLICE, TASKFORCE } from './data';
import { MembersPage } from './pages/MembersPage';
import { SettingsPage } from './pages/SettingsPage';
import { SECTIONS_EN, SECTIONS_ES, ShellPage } from './pages/ShellPage';
import { expectFieldError, saveScreen } from './pages/ui';

// The instancia of TASKFORCE comes configured (the set-up wizard is tested in setup.spec.ts).
test.use({ dataFolder: 'configured' });

test.beforeEach(async ({ page, host }) => {
  await new ShellPage(page).open(host.url);
});

test('switches to English and back, and remembers the choice after a reload', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.expectSections(SECTIONS_ES);

  await shell.switchLanguage('English');
  await shell.expectSections(SECTIONS_EN);
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await saveScreen(page, 'shell-english');

  // A validation message, in English, next to its field.
  await shell.goTo('Members');
  await page.getByRole('button', { name: 'New institution' }).first().click();
  const form = page.getByRole('dialog', { name: 'New institution' });
  await form.getByRole('button', { name: 'Register institution' }).click();
  await expectFieldError(form.getByRole('textbox', { name: 'Institution', exact: true }), 'This field is required.');
  await saveScreen(page, 'miembros-english-validacion');
  await form.getByRole('button', { name: 'Close' }).click();
  await expect(form).toBeHidden();

  await page.reload();
  await shell.expectSections(SECTIONS_EN);
  await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();

  await shell.switchLanguage('Español');
  await shell.expectSections(SECTIONS_ES);
  await page.reload();
  await new MembersPage(page).expectShown();
  await shell.expectSections(SECTIONS_ES);
});

test('keeps the instancia and its institutions when the host restarts', async ({ page, host }) => {
  const shell = new ShellPage(page);
  await shell.goTo('Miembros');
  await new MembersPage(page).addInstitution(POLICE);

  await page.goto(await host.restart());
  await expect(shell.shortName).toHaveText(TASKFORCE.shortName);
  await shell.goTo('Miembros');
  const members = new MembersPage(page);
  await expect(members.names).toHaveText([POLICE.name]);
  await shell.goTo('Instancia');
  await new SettingsPage(page).fields.expectIdentity(TASKFORCE);
});
