/**
 * "Seguimiento de acuerdos": the open agreements of an earlier session are carried into the next
 * one, where what a responsible reports is recorded in a couple of clicks and goes into its acta.
 */
import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect } from './fixtures';
import { ActaPage } from './pages/ActaPage';
import { FirstRunPage } from './pages/FirstRunPage';
import { SessionsPage } from './pages/SessionsPage';
import { ShellPage } from './pages/ShellPage';
import { daysFromToday, notice, readNotice, saveScreen, typed } from './pages/ui';

// The demo database comes already filled; the tests still open it from the welcome.
test.use({ dataFolder: 'demo-filled' });

const FIRST_AGREEMENT = 'Instalar el módulo de orientación a víctimas en el mercado central del distrito.';
const SECOND_AGREEMENT = 'Difundir la ruta de atención en las radios comunitarias del distrito.';
const REPORT = 'Se instaló el módulo los sábados; falta el equipamiento de la sala de espera.';

test('an agreement of the last session is reported on in the next one, and the report goes into its acta', async ({ page, host }) => {
  // Two sessions set up through the screens, then the report: more than the usual time.
  test.slow();
  await (await new FirstRunPage(page).open(host.url)).openDemo();
  const shell = new ShellPage(page);
  const sessions = new SessionsPage(page);
  const acta = new ActaPage(page);

  // A session with quorum that adopts two agreements...
  await shell.goTo('Sesiones');
  const first = await sessions.createSession({ date: typed(daysFromToday(-30)), firstCallTime: '10:00', place: 'Sala de Regidores del Palacio Municipal' });
  await first.openTab('Convocatoria');
  await first.issueConvocation();
  await first.openTab('Asistencia');
  for (const institution of (await first.votingInstitutions()).slice(0, 10)) await first.mark(institution, 'Titular');
  await first.openTab('Acta');
  const reported = await acta.adoptAgreement('6.1', { text: FIRST_AGREEMENT, responsibles: ['Centro Emergencia Mujer Villa Esperanza'], deadline: typed(daysFromToday(30)) });
  // The next agreement's notice reads like this one's: wait until this one has closed.
  await expect(notice(page, /^Se registró el ACUERDO N° /)).toHaveCount(0);
  const other = await acta.adoptAgreement('6.1', { text: SECOND_AGREEMENT, secretariat: true });

  // ...and the next ordinary session, convened and held with quorum a few days ago (without it the acta stops at the quorum).
  await shell.goTo('Sesiones');
  const second = await sessions.createSession({ date: typed(daysFromToday(-2)), firstCallTime: '10:00', place: 'Sala de Regidores del Palacio Municipal' });
  await second.openTab('Convocatoria');
  await second.issueConvocation();
  const secondTitle = (await second.title.textContent()) ?? '';
  await second.openTab('Asistencia');
  for (const institution of (await second.votingInstitutions()).slice(0, 10)) await second.mark(institution, 'Titular');
  await second.openTab('Acta');

  const panel = acta.followUpPanel('6.1');
  await expect(acta.carried('6.1', reported)).toContainText(FIRST_AGREEMENT);
  await expect(acta.carried('6.1', other)).toContainText(SECOND_AGREEMENT);
  await expect(acta.carried('6.1', reported)).toContainText('Centro Emergencia Mujer Villa Esperanza');
  // The demo's own open agreements are carried too: the header counts them all.
  const open = await panel.getByRole('article').count();
  await expect(acta.item('6.1')).toContainText(`${open} acuerdos abiertos`);

  await acta.reportProgress('6.1', reported, { status: 'En proceso', progress: 50, text: REPORT });
  const entry = acta.carried('6.1', reported);
  await expect(entry).toContainText('Informado en esta sesión: Centro Emergencia Mujer Villa Esperanza');
  await expect(entry).toContainText(REPORT);
  await expect(entry).toContainText('Estado: En proceso · 50 %');
  await expect(entry.getByRole('button', { name: `Retirar el informe sobre el ${reported}` })).toBeVisible();
  await saveScreen(page, 'acta-seguimiento-acuerdos');

  // The acta now carries the report under its seguimiento item.
  await second.openTab('Documentos');
  const download = await acta.exportDocument('Acta');
  await readNotice(page, `Se descargó «${download.suggestedFilename()}».`);
  const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(await download.path())))['word/document.xml']!);
  const text = xml.replace(/<[^>]+>/g, '');
  expect(text).toContain(reported);
  expect(text).toContain(`Centro Emergencia Mujer Villa Esperanza. ${REPORT}`);
  expect(text).toContain('Estado: En proceso (50\u00a0%).');
  expect(text).not.toContain(other);

  // The agreement's own log has the entry, linked to the session it was given in.
  await second.openTab('Acta');
  await acta.carried('6.1', reported).getByRole('link', { name: reported }).click();
  await expect(page.getByRole('heading', { level: 1, name: reported })).toBeVisible();
  const logged = page.getByRole('article').filter({ hasText: REPORT });
  await expect(logged).toContainText(`Informado en la sesión ${secondTitle}`);
  await expect(logged.getByRole('link', { name: secondTitle })).toBeVisible();

  // Taken back from the session, the report leaves the panel and the agreement is as it was.
  await page.goBack();
  await acta.carried('6.1', reported).getByRole('button', { name: `Retirar el informe sobre el ${reported}` }).click();
  await acta.dialog.getByRole('button', { name: 'Retirar', exact: true }).click();
  await readNotice(page, `Se retiró el informe sobre el ${reported}.`);
  await expect(acta.carried('6.1', reported)).not.toContainText('Informado en esta sesión');
  await expect(acta.carried('6.1', reported)).toContainText('Pendiente');
});
