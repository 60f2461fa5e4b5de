/** "Miembros": registering institutions, the roster in numbers, filters, representatives, leaving. */
import { test, expect } from './fixtures';
import { type InstitutionData, POLICE, WOMENS_NETWORK_ORG } from './data';
import { MembersPage } from './pages/MembersPage';
import { ShellPage } from './pages/ShellPage';
import { expectFieldError, readNotice, saveScreen } from './pages/ui';

// The instancia of TASKFORCE comes configured (the set-up wizard is tested in setup.spec.ts).
test.use({ dataFolder: 'configured' });

/** Institutions that joined early in the year, so people and endings can be dated before today. */
const SINCE_MARCH = { activeFrom: '01/03/2026' };
const HEALTH_CENTRE: InstitutionData = { name: 'Centro de Salud Pampas', acronym: 'CS-P', category: 'Salud', ...SINCE_MARCH };

test.beforeEach(async ({ page, host }) => {
  await new ShellPage(page).open(host.url);
  await new ShellPage(page).goTo('Miembros');
});

test('registers institutions, counts them by category and network, searches and filters', async ({ page }) => {
  const members = new MembersPage(page);
  await expect(page.getByText('Todavía no hay instituciones registradas')).toBeVisible();
  await expect(members.networkShare).toHaveText('Aún no hay instituciones con voto.');

  await members.addInstitution(POLICE);
  await expect(members.names).toHaveText([POLICE.name]);
  await expect.poll(() => members.categoryCounts()).toEqual({ 'Policía Nacional': 1 });
  await expect(members.networkShare).toHaveText('0 de 1 asientos con voto (0 %) son de organizaciones de la red.');

  await members.addInstitution(WOMENS_NETWORK_ORG);
  await expect(members.names).toHaveText([POLICE.name, WOMENS_NETWORK_ORG.name]);
  await expect.poll(() => members.stats()).toEqual({ active: 2, voting: 2, network: 1 });
  await expect.poll(() => members.categoryCounts()).toEqual({ 'Policía Nacional': 1, 'Organización de mujeres': 1 });
  await expect(members.networkShare).toHaveText('1 de 2 asientos con voto (50 %) son de organizaciones de la red.');
  await expect(members.row(WOMENS_NETWORK_ORG.name)).toContainText('De la red');
  await expect(members.row(POLICE.name)).toContainText('Sin acreditar');
  await saveScreen(page, 'miembros-lista');

  // Search ignores accents and capitals, and also finds acronyms.
  await members.search('comisaria');
  await expect(members.names).toHaveText([POLICE.name]);
  await members.search('FEMULIP');
  await expect(members.names).toHaveText([WOMENS_NETWORK_ORG.name]);
  await members.search('juzgado');
  await expect(page.getByText('Ninguna institución coincide')).toBeVisible();
  await saveScreen(page, 'miembros-sin-resultados');
  await page.getByRole('button', { name: 'Quitar los filtros' }).click();
  await expect(members.searchBox).toHaveValue('');
  await expect(members.names).toHaveCount(2);

  await members.filterByCategory('Policía Nacional');
  await expect(members.names).toHaveText([POLICE.name]);
  await members.filterByCategory(null);
  await members.filterByNetwork('Solo de la red');
  await expect(members.names).toHaveText([WOMENS_NETWORK_ORG.name]);
  await members.filterByNetwork('Fuera de la red');
  await expect(members.names).toHaveText([POLICE.name]);
});

test('refuses a second institution with the same name in other capitals', async ({ page }) => {
  const members = new MembersPage(page);
  await members.addInstitution(POLICE);
  await members.fillNewInstitution({ ...POLICE, name: POLICE.name.toUpperCase() });
  await members.submit();

  await expectFieldError(members.nameField, /^Ya existe una institución con el nombre «comisaría pnp san juan de pampas»\.$/i);
  await expect(members.form).toBeVisible();
  await expect(members.nameField).toBeFocused();
  await saveScreen(page, 'miembros-nombre-repetido');
  await members.form.getByRole('button', { name: 'Cerrar' }).click();
  await expect(members.names).toHaveText([POLICE.name]);
  await expect.poll(() => members.stats()).toEqual({ active: 1, voting: 1, network: 0 });
});

test('accredits, edits and replaces representatives, keeping the history', async ({ page }) => {
  const members = new MembersPage(page);
  await members.addInstitution(HEALTH_CENTRE);
  const institution = await members.open(HEALTH_CENTRE.name);
  await institution.expectStatus('Activa');
  await expect(institution.card('Titular')).toContainText('No hay titular acreditado(a) en este momento.');

  // A DNI of 7 digits is explained before anything is saved.
  const titular = { fullName: 'Ana Lucía Torres Mendoza', dni: '4512345', post: 'Jefa del centro', validFrom: '15/03/2026' };
  await institution.startAccreditation('Titular', titular);
  await institution.dialog.getByRole('button', { name: 'Acreditar' }).click();
  await expectFieldError(institution.dialogField('DNI'), 'El DNI debe tener 8 dígitos.');
  await expect(institution.dialogField('DNI')).toBeFocused();
  await saveScreen(page, 'institucion-dni-invalido');
  await institution.dialogField('DNI').fill('45123456');
  await institution.submitDialog('Acreditar', `Se acreditó a ${titular.fullName}.`);
  await institution.accredit('Alterno(a)', { fullName: 'Pedro Quispe Rojas', post: 'Psicólogo', validFrom: '15/03/2026' });

  await institution.editCurrent('Titular', { fullName: titular.fullName, post: 'Médica jefa' });
  await expect(institution.card('Titular')).toContainText('Médica jefa');
  await expect(institution.card('Titular')).toContainText('45123456');
  await expect(institution.card('Alterno(a)')).toContainText('Pedro Quispe Rojas');
  await expect(page.getByText('Aún no hay representantes anteriores.')).toBeVisible();

  const successor = { fullName: 'Gabriela Inés Ramírez Palomino', post: 'Médica jefa', validFrom: '01/09/2026' };
  await institution.replaceCurrent('Titular', successor);
  await expect(institution.card('Titular')).toContainText(successor.fullName);
  await expect(institution.card('Titular')).toContainText('Desde el 1 de septiembre de 2026');
  await expect(institution.history.getByRole('row').filter({ hasText: titular.fullName })).toHaveText(
    /Titular.*Ana Lucía Torres Mendoza.*Médica jefa.*15 de marzo de 2026.*31 de agosto de 2026/,
  );
  await saveScreen(page, 'institucion-detalle');

  await institution.backToList();
  await expect(members.row(HEALTH_CENTRE.name)).toContainText(successor.fullName);
  await expect(members.row(HEALTH_CENTRE.name)).toContainText('Pedro Quispe Rojas');
});

test('deactivates an institution, and "Quitar" keeps one that has history', async ({ page }) => {
  const members = new MembersPage(page);
  const withHistory: InstitutionData = { ...POLICE, ...SINCE_MARCH };
  await members.addInstitution(HEALTH_CENTRE);
  await members.addInstitution(withHistory);
  await members.addInstitution(WOMENS_NETWORK_ORG);

  // A last day before "Miembro desde" is refused; the dialog says when membership began.
  let institution = await members.open(HEALTH_CENTRE.name);
  await institution.startDatedAction('Desactivar', '28/02/2026');
  await expect(institution.dialog).toContainText('Miembro desde: 1 de marzo de 2026');
  await institution.confirmDatedAction('Desactivar');
  await expectFieldError(institution.actionDate, 'La fecha de fin no puede ser anterior a la de inicio.');
  await saveScreen(page, 'institucion-desactivar-fecha-anterior');
  await institution.actionDate.fill('30/06/2026');
  await institution.confirmDatedAction('Desactivar');
  await readNotice(page, `«${HEALTH_CENTRE.name}» es miembro hasta el 30 de junio de 2026.`);
  await institution.expectStatus('Inactiva');
  await expect(page.getByRole('button', { name: 'Reactivar' })).toBeVisible();
  // No longer a member: nobody can be accredited until it is reactivated.
  await expect(institution.card('Titular')).toContainText('Reactive la institución para acreditar representantes.');
  await expect(page.getByRole('button', { name: /^Acreditar/ })).toHaveCount(0);
  await institution.backToList();
  await expect(members.names).toHaveText([withHistory.name, WOMENS_NETWORK_ORG.name]);
  await members.filterByStatus('Inactivas');
  await expect(members.names).toHaveText([HEALTH_CENTRE.name]);
  await expect(members.row(HEALTH_CENTRE.name)).toContainText('Inactiva');
  await members.filterByStatus('Activas');

  // With a representative on record, "Quitar" deactivates instead of deleting.
  institution = await members.open(withHistory.name);
  await institution.accredit('Titular', { fullName: 'Mayor PNP Raúl Castillo Ramos', validFrom: '01/04/2026' });
  await institution.confirmWithDate('Quitar', '31/10/2026');
  await readNotice(page, `«${withHistory.name}» tiene historial, por eso no se eliminó: se desactivó y es miembro hasta el 31 de octubre de 2026.`);
  await institution.expectStatus('Inactiva');
  await saveScreen(page, 'institucion-desactivada');

  // Without history, "Quitar" deletes it and goes back to the list.
  await institution.backToList();
  institution = await members.open(WOMENS_NETWORK_ORG.name);
  await institution.confirmWithDate('Quitar', '31/10/2026');
  await readNotice(page, `Se eliminó «${WOMENS_NETWORK_ORG.name}».`);
  await members.expectShown();
  await members.filterByStatus('Todas');
  await expect(members.names).toHaveText([HEALTH_CENTRE.name, withHistory.name]);
});
