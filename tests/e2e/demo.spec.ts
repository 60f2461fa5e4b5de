/** The demo: fictional data in a file of its own, never mixed with the instancia's real data. */
import { test, expect } from './fixtures';
import { type InstitutionData, POLICE, TASKFORCE } from './data';
import { FirstRunPage } from './pages/FirstRunPage';
import { HomePage } from './pages/HomePage';
import { MembersPage } from './pages/MembersPage';
import { ShellPage } from './pages/ShellPage';
import { saveScreen } from './pages/ui';

const DEMO_INSTITUTIONS = 21;
const DEMO_NETWORK = 8;
const DEMO_POLICE = 'Comisaría PNP Villa Esperanza';
const ADDED_IN_DEMO: InstitutionData = { name: 'Casa Refugio Temporal Villa Esperanza', category: 'Sociedad civil' };

test('explores the demo and goes back to the real, still empty, data', async ({ page, host }) => {
  const firstRun = await new FirstRunPage(page).open(host.url);
  await firstRun.openDemo();
  const shell = new ShellPage(page);
  await expect(shell.demoBadge).toBeVisible();
  await expect(shell.demoBanner).toContainText('Está viendo datos de ejemplo ficticios.');
  await expect(shell.shortName).toHaveText('IDC-VE');
  await saveScreen(page, 'demo-inicio');

  await shell.goTo('Miembros');
  const members = new MembersPage(page);
  await expect(members.rows).toHaveCount(DEMO_INSTITUTIONS);
  await expect(members.row(DEMO_POLICE)).toContainText('Mayor PNP Raúl Enrique Castillo Ramos');
  await expect(members.row(DEMO_POLICE)).toContainText('Capitán PNP Diana Milagros Flores Chávez');
  await expect(members.row('Organización de Mujeres Emprendedoras del Sector 7')).toContainText('Sin acreditar');
  await saveScreen(page, 'demo-miembros');
  await members.filterByNetwork('Solo de la red');
  await expect(members.rows).toHaveCount(DEMO_NETWORK);
  await members.filterByNetwork('Todas');
  await members.addInstitution(ADDED_IN_DEMO);
  await expect(members.rows).toHaveCount(DEMO_INSTITUTIONS + 1);

  await shell.backToRealData();
  await firstRun.expectShown();
  await expect(shell.demoBadge).toBeHidden();

  const wizard = await firstRun.startSetup();
  await wizard.configure(TASKFORCE);
  await expect(shell.shortName).toHaveText(TASKFORCE.shortName);
  await expect(shell.demoBadge).toBeHidden();
  await shell.goTo('Miembros');
  await expect(page.getByText('Todavía no hay instituciones registradas')).toBeVisible();
  await expect.poll(() => members.stats()).toEqual({ active: 0, voting: 0, network: 0 });
});

test('keeps real institutions out of the demo, and demo ones out of the real data', async ({ page, host }) => {
  const wizard = await (await new FirstRunPage(page).open(host.url)).startSetup();
  await wizard.configure(TASKFORCE);
  const shell = new ShellPage(page);
  await shell.goTo('Miembros');
  const members = new MembersPage(page);
  await members.addInstitution(POLICE);

  // Once the instancia is configured, "Inicio" still offers the example data.
  await shell.goTo('Inicio');
  const home = new HomePage(page);
  await home.openDemo();
  await expect(shell.demoBadge).toBeVisible();
  await home.expectShown();
  await expect(home.demoButton).toBeHidden();
  await shell.goTo('Miembros');
  await expect(members.rows).toHaveCount(DEMO_INSTITUTIONS);
  await members.search('San Juan de Pampas');
  await expect(page.getByText('Ninguna institución coincide')).toBeVisible();
  await members.search('');
  await members.addInstitution(ADDED_IN_DEMO);

  await shell.backToRealData();
  await expect(shell.shortName).toHaveText(TASKFORCE.shortName);
  await expect(shell.demoBanner).toBeHidden();
  await shell.goTo('Miembros');
  await expect(members.names).toHaveText([POLICE.name]);
});
