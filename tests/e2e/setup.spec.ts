/** First run: the set-up wizard from the welcome to the app, then the same settings on "Instancia". */
import path from 'node:path';
import { test, expect } from './fixtures';
import { TASKFORCE } from './data';
import { FirstRunPage } from './pages/FirstRunPage';
import { SettingsPage } from './pages/SettingsPage';
import { ShellPage } from './pages/ShellPage';
import { choose, expectFieldError, expectNoFieldError, notice, saveScreen } from './pages/ui';

const LOGO = path.resolve(__dirname, '../../resources/icon.png');
const NEW_PRESIDENT = 'Rosa María Chávez Lozano';

test('configures the instancia step by step and edits it later on "Instancia"', async ({ page, host }) => {
  const firstRun = await new FirstRunPage(page).open(host.url);
  await saveScreen(page, 'first-run');
  const wizard = await firstRun.startSetup();
  const f = wizard.fields;
  const year = await page.evaluate(() => new Date().getFullYear());

  // Step 1: the official name is proposed from the level and the place.
  await expect(f.field('Distrito')).toHaveAttribute('aria-required', 'true');
  await f.field('Distrito').fill(TASKFORCE.district);
  await expect(f.officialNameProposal).toContainText(`«${TASKFORCE.officialName}»`);
  await choose(page, f.level, 'Provincial');
  await expect(f.field('Distrito')).toBeHidden();
  await f.field('Provincia').fill('Huarochirí');
  await expect(f.officialNameProposal).toContainText(
    '«Instancia Provincial de Concertación para erradicar la violencia contra las mujeres y los integrantes del grupo familiar de Huarochirí»',
  );
  await choose(page, f.level, 'Distrital');
  await page.getByRole('button', { name: 'Usar este nombre' }).click();
  await expect(f.field('Nombre oficial')).toHaveValue(TASKFORCE.officialName);
  await expect(f.officialNameProposal).toBeHidden();
  await f.fillIdentity(TASKFORCE);
  await saveScreen(page, 'wizard-1-identidad');

  await wizard.next('Quién preside y la secretaría técnica');
  await f.fillGovernance(TASKFORCE);
  await saveScreen(page, 'wizard-2-presidencia');

  // Step 3: the numbering preview follows the acronyms and the patterns as they are typed.
  await wizard.next('Numeración y membrete');
  await expect(f.numberingPreview('Acta')).toHaveText(`ACTA N° 001-${year}-ENTIDAD/UNIDAD`);
  await f.fillDocumentIdentity(TASKFORCE);
  await expect(f.numberingPreview('Acta')).toHaveText(`ACTA N° 001-${year}-MDSJP/SGDS`);
  await expect(f.numberingPreview('Oficio múltiple')).toHaveText(`OFICIO MÚLTIPLE N° 001-${year}-MDSJP/SGDS`);
  await f.numberingPattern('Oficio').fill('{TIPO} N° {NN}-{AAAA}');
  await expect(f.numberingPreview('Oficio')).toHaveText(`OFICIO N° 01-${year}`);
  await f.numberingPattern('Informe').fill('INFORME {AAAA}');
  await expect(f.numberingPreview('Informe')).toHaveText('—');
  await f.numberingPattern('Informe').fill('{TIPO} N° {NNN}-{AAAA}-{UNIDAD}');
  await expect(f.yearName(2026)).toBeVisible();
  await f.addYearName(2027, 'Año de la Unidad y la Paz en San Juan de Pampas');
  await f.logoFile.setInputFiles(LOGO);
  await expect(f.logoPreview).toBeVisible();
  await expect(page.getByText('Se guardará al guardar los datos.')).toBeVisible();
  await saveScreen(page, 'wizard-3-documentos');

  // Step 4: the quorum sentence follows the rule.
  await wizard.next('Quórum y firmas');
  await expect(f.quorumSentence('first')).toHaveText('Por ejemplo, con 18 instituciones con voto, el quórum sería de 10.');
  await f.chooseQuorum('first', 'fraction');
  await expect(f.quorumSentence('first')).toHaveText('Por ejemplo, con 18 instituciones con voto, el quórum sería de 12.');
  await f.chooseQuorum('first', 'fixed', { 'Número de instituciones': 7 });
  await expect(f.quorumSentence('first')).toHaveText('Por ejemplo, con 18 instituciones con voto, el quórum sería de 7.');
  await f.chooseQuorum('first', 'fraction', { 'Numerador de la fracción': 2, 'Denominador de la fracción': 3 });
  await f.secondCall.check();
  await f.chooseQuorum('second', 'fraction', { 'Numerador de la fracción': 1, 'Denominador de la fracción': 3 });
  await expect(f.quorumSentence('second')).toHaveText('Por ejemplo, con 18 instituciones con voto, el quórum sería de 6.');
  await page.getByRole('radio', { name: 'La presidencia y la secretaría técnica' }).check();
  await saveScreen(page, 'wizard-4-sesiones');

  await wizard.next('Confirme los datos');
  await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - definition: ${TASKFORCE.officialName}
    - definition: 12 de marzo de 2026
    - definition: ${TASKFORCE.presidencyPerson} · ${TASKFORCE.presidencyPost} · ${TASKFORCE.presidencyInstitution}
    - definition: MDSJP / SGDS
    - definition: 2024, 2025, 2026, 2027
    - definition: Imagen elegida
    - definition: al menos 2 de cada 3 instituciones con voto
    - definition: al menos 1 de cada 3 instituciones con voto, 30 minutos después
    - definition: La presidencia y la secretaría técnica
  `);
  await saveScreen(page, 'wizard-5-revisar');
  await wizard.save();

  const shell = new ShellPage(page);
  await expect(shell.shortName).toHaveText(TASKFORCE.shortName);
  await expect(page.getByRole('heading', { level: 2, name: TASKFORCE.officialName })).toBeVisible();
  await saveScreen(page, 'inicio');

  // "Instancia" shows what was saved, on every tab.
  await shell.goTo('Instancia');
  const settings = new SettingsPage(page);
  await settings.fields.expectIdentity(TASKFORCE);
  await saveScreen(page, 'instancia-identidad');
  await settings.openTab('Documentos');
  await expect(settings.fields.numberingPattern('Oficio')).toHaveValue('{TIPO} N° {NN}-{AAAA}');
  await expect(settings.fields.yearName(2027).getByRole('textbox', { name: 'Denominación del año', exact: true })).toHaveValue(
    'Año de la Unidad y la Paz en San Juan de Pampas',
  );
  await expect(settings.fields.logoPreview).toBeVisible();
  await expect(page.getByRole('button', { name: 'Quitar el logo' })).toBeVisible();
  await saveScreen(page, 'instancia-documentos');
  await settings.openTab('Sesiones');
  await expect(settings.fields.quorumRule('first').getByRole('radio', { name: 'una fracción de las instituciones con voto' })).toBeChecked();
  await expect(settings.fields.secondCall).toBeChecked();
  await expect(page.getByRole('radio', { name: 'La presidencia y la secretaría técnica' })).toBeChecked();

  // Nothing to save until something changes; then the buttons stay in reach on the long tab.
  await expect(settings.saveButton).toBeDisabled();
  await expect(settings.discardButton).toBeDisabled();
  await settings.openTab('Documentos');
  await settings.fields.field('Lugar para las fechas').fill('Pampas');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(settings.saveButton).toBeInViewport();
  await settings.discardButton.click();
  await expect(settings.fields.field('Lugar para las fechas')).toHaveValue(TASKFORCE.placeName);
  await expect(settings.saveButton).toBeDisabled();

  // Edit one value, save, reload: it is kept.
  await settings.openTab('Presidencia y ST');
  await settings.fields.field('Nombre de quien preside').fill(NEW_PRESIDENT);
  await settings.save();
  await page.reload();
  await settings.expectShown();
  await settings.openTab('Presidencia y ST');
  await expect(settings.fields.field('Nombre de quien preside')).toHaveValue(NEW_PRESIDENT);
  await expect(shell.shortName).toHaveText(TASKFORCE.shortName);
});

test('keeps the step open while a required field is empty or a date does not exist', async ({ page, host }) => {
  const wizard = await (await new FirstRunPage(page).open(host.url)).startSetup();
  const f = wizard.fields;
  await f.fillIdentity({ ...TASKFORCE, province: '', ordinanceDate: '31/02/2026', installationDate: '2026/04/02' });
  await wizard.nextButton.click();

  await expectFieldError(f.field('Provincia'), 'Este campo es obligatorio.');
  await expectFieldError(f.field('Fecha de la ordenanza'), 'La fecha no existe (revise el día y el mes).');
  await expectFieldError(f.field('Fecha de instalación'), 'Escriba la fecha como dd/mm/aaaa, por ejemplo 12/03/2026.');
  await expectNoFieldError(f.field('Región'));
  await expect(f.field('Provincia')).toBeFocused();
  await expect(notice(page, 'Revise los campos marcados en rojo.')).toBeVisible();
  await wizard.expectStep('Nombre y creación');
  await saveScreen(page, 'wizard-1-errores');
  await notice(page, 'Revise los campos marcados en rojo.').getByRole('button', { name: 'Cerrar el aviso' }).click();
  await expect(notice(page, 'Revise los campos marcados en rojo.')).toBeHidden();

  await f.field('Provincia').fill(TASKFORCE.province);
  await f.field('Fecha de la ordenanza').fill(TASKFORCE.ordinanceDate);
  await f.field('Fecha de instalación').fill(TASKFORCE.installationDate);
  await wizard.next('Quién preside y la secretaría técnica');

  // Going back to the welcome asks first, since what was typed would be lost.
  await page.getByRole('button', { name: 'Atrás' }).click();
  await wizard.expectStep('Nombre y creación');
  await page.getByRole('button', { name: 'Volver a la bienvenida' }).click();
  const confirm = page.getByRole('dialog', { name: '¿Volver a la bienvenida?' });
  await confirm.getByRole('button', { name: 'Cancelar' }).click();
  await expect(f.field('Provincia')).toHaveValue(TASKFORCE.province);
  await page.getByRole('button', { name: 'Volver a la bienvenida' }).click();
  await confirm.getByRole('button', { name: 'Descartar y volver' }).click();
  await new FirstRunPage(page).expectShown();
});

test('refuses a text file as the logo, in Spanish', async ({ page, host }) => {
  const wizard = await (await new FirstRunPage(page).open(host.url)).startSetup();
  await wizard.fields.fillIdentity(TASKFORCE);
  await wizard.next('Quién preside y la secretaría técnica');
  await wizard.fields.fillGovernance(TASKFORCE);
  await wizard.next('Numeración y membrete');

  await wizard.fields.logoFile.setInputFiles({ name: 'escudo.txt', mimeType: 'text/plain', buffer: Buffer.from('No es una imagen') });
  await expect(page.getByText('El logo debe ser una imagen PNG o JPG.')).toBeVisible();
  await expect(wizard.fields.logoPreview).toBeHidden();
  await expect(page.getByText('Sin logo')).toBeVisible();
  await saveScreen(page, 'wizard-3-logo-rechazado');
});
