/**
 * "Acuerdos": the register and its filters (kept in the address), reporting on an agreement and
 * its timeline, reports the backend refuses, the matriz de seguimiento in Word and Excel, and the
 * per-institution view with its oficio de recordatorio.
 */
import fs from 'node:fs';
import type { Download } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { test, expect } from './fixtures';
import { AgreementsPage } from './pages/AgreementsPage';
import { FirstRunPage } from './pages/FirstRunPage';
import { ShellPage } from './pages/ShellPage';
import { choose, daysFromToday, expectFieldError, expectNoFieldError, readNotice, saveScreen, typed } from './pages/ui';

// The demo database comes already filled; the tests still open it from the welcome.
test.use({ dataFolder: 'demo-filled' });

/**
 * The demo (Villa Esperanza): two sessions held, the first with its acta approved, the second
 * still a draft, and five agreements between them, each in a different situation.
 */
const CAMPAIGN = 'Ampliar la campaña casa por casa a los sectores 5 y 6 del distrito.'; // en proceso, overdue
const BUDGET = 'Presentar la propuesta de taller de prevención al presupuesto participativo.'; // en proceso, due in 10 days
const COMMEMORATION = 'Organizar las actividades del 25 de noviembre con todas las instituciones integrantes.'; // pendiente, overdue, never reported
const DIRECTORY = 'Elaborar el directorio actualizado de la ruta de atención.'; // cumplido
const TRAINING = 'Capacitar al personal de serenazgo'; // en proceso, due in 5 days
const CEM = 'Centro Emergencia Mujer Villa Esperanza';
const MUNICIPALITY = 'Municipalidad Distrital de Villa Esperanza';

/** The text of every XML part of a downloaded .docx or .xlsx. */
async function officeText(download: Download): Promise<string> {
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const parts = unzipSync(new Uint8Array(bytes));
  return Object.entries(parts)
    .filter(([name]) => name.endsWith('.xml'))
    .map(([, data]) => strFromU8(data))
    .join('\n');
}

test.describe.configure({ mode: 'parallel' });

test.beforeEach(async ({ page, host }) => {
  await (await new FirstRunPage(page).open(host.url)).openDemo();
  await new ShellPage(page).goTo('Acuerdos');
});

test('filters the register, and the address keeps the filters', async ({ page }) => {
  const register = new AgreementsPage(page);
  await expect(register.rows).toHaveCount(5);

  await register.filterDeadline('Solo vencidos');
  await expect(register.rows).toHaveCount(2);
  for (const text of [CAMPAIGN, COMMEMORATION]) await expect(register.row(text)).toContainText('Vencido');

  await register.filterDeadline('Vencen en los próximos 15 días');
  await expect(register.rows).toHaveCount(2);
  for (const text of [BUDGET, TRAINING]) await expect(register.row(text)).not.toContainText('Vencido');

  await register.filterDeadline('Cualquier plazo');
  await register.toggleStatus('No cumplido');
  await expect(page.getByText('Ningún acuerdo coincide con los filtros')).toBeVisible();
  await register.toggleStatus('En proceso');
  await expect(register.rows).toHaveCount(3);
  await register.search('serenazgo');
  await expect(register.rows).toHaveCount(1);
  await expect(register.row(TRAINING)).toContainText(MUNICIPALITY);
  await saveScreen(page, 'agreements-register');

  // A reload, then back: the address carried the filters all along.
  await page.reload();
  await expect(register.filters.getByRole('textbox', { name: 'Buscar' })).toHaveValue('serenazgo');
  await expect(register.rows).toHaveCount(1);
  await page.goBack();
  await expect(register.filters.getByRole('textbox', { name: 'Buscar' })).toHaveValue('');
  await expect(register.rows).toHaveCount(0);
  await page.getByRole('button', { name: 'Limpiar filtros' }).first().click();
  await expect(register.rows).toHaveCount(5);

  // Sorting by deadline, then the other way round.
  await register.table.getByRole('button', { name: 'Plazo' }).click();
  await expect(register.rows.first()).toContainText(CAMPAIGN);
  await register.table.getByRole('button', { name: 'Plazo' }).click();
  await expect(register.rows.first()).toContainText(DIRECTORY);
  await expect(register.table.getByRole('columnheader', { name: 'Plazo' })).toHaveAttribute('aria-sort', 'descending');
});

test('narrows the register to a period of sessions, kept in the address and in the matrix', async ({ page }) => {
  const register = new AgreementsPage(page);
  await expect(register.rows).toHaveCount(5);

  // The sessions were held 70 and 35 days ago: from 50 days ago, only the last one's three agreements.
  await register.filterPeriod({ from: typed(daysFromToday(-50)) });
  await expect(register.rows).toHaveCount(3);
  await expect(register.row(CAMPAIGN)).toHaveCount(0);
  // Up to 50 days ago instead, from 80 days ago: only the first one's two.
  await register.filterPeriod({ from: typed(daysFromToday(-80)), to: typed(daysFromToday(-50)) });
  await expect(register.rows).toHaveCount(2);
  await expect(page).toHaveURL(new RegExp(`desde=${daysFromToday(-80)}&hasta=${daysFromToday(-50)}`));
  await saveScreen(page, 'agreements-period');

  await page.reload();
  await expect(register.periodEnd('Desde')).toHaveValue(typed(daysFromToday(-80)));
  await expect(register.periodEnd('Hasta')).toHaveValue(typed(daysFromToday(-50)));
  await expect(register.rows).toHaveCount(2);

  // The matrix is of that period, in the register's order: here the highest number first.
  await register.table.getByRole('button', { name: 'N°' }).click();
  await expect(register.rows.first()).toContainText(BUDGET);
  const matrix = await officeText(await register.exportMatrix('Word (.docx)'));
  expect(matrix).toContain('Periodo: del');
  expect(matrix).not.toContain(DIRECTORY);
  expect(matrix.indexOf(BUDGET)).toBeLessThan(matrix.indexOf(CAMPAIGN));

  // A day that does not exist is pointed out and not applied.
  await register.filterPeriod({ to: '' });
  await expect(register.rows).toHaveCount(5);
  await register.filterPeriod({ to: '31/02/2026' });
  await register.periodEnd('Hasta').blur();
  await expectFieldError(register.periodEnd('Hasta'), 'La fecha no existe');
  await expect(register.rows).toHaveCount(5);
  await register.filterPeriod({ to: '' });
  await expectNoFieldError(register.periodEnd('Hasta'));

  await page.getByRole('button', { name: 'Limpiar filtros' }).click();
  await expect(register.periodEnd('Desde')).toHaveValue('');
  await expect(page).not.toHaveURL(/desde=/);
});

test('an address with values out of range shows the whole register', async ({ page }) => {
  const register = new AgreementsPage(page);
  await expect(register.rows).toHaveCount(5);
  await page.goto(page.url().replace(/#.*$/, '#/acuerdos?anio=3000&dias=&pagina=0&sesion=-1&desde=2026-02-31'));
  await expect(page).toHaveURL(/anio=3000/);
  await expect(register.rows).toHaveCount(5);
  await expect(register.filters.getByRole('combobox', { name: 'Plazo' })).toHaveValue('Cualquier plazo');
  await expect(register.filters.getByRole('combobox', { name: 'Año' })).toHaveValue('Todos');
  await expect(register.periodEnd('Desde')).toHaveValue('');
});

test('in English, the secretaría técnica reads as the Technical Secretariat', async ({ page }) => {
  const agreements = new AgreementsPage(page);
  await agreements.open(BUDGET);
  await agreements.openFollowUp();
  await choose(page, agreements.dialog.getByRole('combobox', { name: 'Institución que informa' }), 'Secretaría Técnica');
  const text = 'Se revisó la ficha técnica del taller con la gerencia.';
  await agreements.fillFollowUp({ text, progress: 40 });
  await agreements.submitFollowUp();
  await readNotice(page, /^Se registró el informe de seguimiento del /);
  // Found by its text, which stays as written whatever the language.
  const entry = page.getByRole('article').filter({ hasText: text });
  await expect(entry).toContainText('Secretaría Técnica');

  await new ShellPage(page).switchLanguage('English');
  await expect(entry).toContainText('Technical Secretariat');
  await expect(entry).not.toContainText('Secretaría Técnica');
});

test('reports on an agreement, refuses wrong reports, and takes back the last one', async ({ page }) => {
  // Some forty steps through the dialog and the timeline: more than the usual time on a busy machine.
  test.slow();
  const agreements = new AgreementsPage(page);
  await agreements.open(COMMEMORATION);
  await expect(page.getByText('El acta de la sesión aún está en borrador')).toBeVisible();
  await expect(agreements.timeline).toContainText('Aún no hay informes de seguimiento');

  // The dialog proposes what a report usually says: the lead reports, and the work has started.
  const dialog = await agreements.openFollowUp();
  await expect(dialog.getByRole('combobox', { name: 'Institución que informa' })).toHaveValue(MUNICIPALITY);
  await expect(dialog.getByRole('combobox', { name: 'Nuevo estado' })).toHaveValue('En proceso');
  await agreements.fillFollowUp({ text: 'Se conformó la comisión organizadora con cinco instituciones.', progress: 40 });
  await agreements.submitFollowUp();
  await readNotice(page, /^Se registró el informe de seguimiento del /);
  await expect(agreements.entries).toHaveCount(1);
  await expect(agreements.entries.first()).toContainText('Estado: de Pendiente a En proceso');
  await expect(agreements.entries.first()).toContainText('Avance: 0 % → 40 %');
  await expect(agreements.entries.first()).toContainText(MUNICIPALITY);

  // "Cumplido" brings the progress to 100 %; lowered again, the backend refuses and says why.
  await agreements.openFollowUp();
  await agreements.fillFollowUp({ text: 'Actividades realizadas.', status: 'Cumplido' });
  await expect(agreements.progressField).toHaveValue('100');
  await agreements.progressField.fill('40');
  await agreements.submitFollowUp();
  await expectFieldError(agreements.progressField, 'Para dar el acuerdo por cumplido, su avance debe ser 100 %.');
  await saveScreen(page, 'agreements-follow-up-error');
  // Nor a report dated tomorrow.
  await agreements.fillFollowUp({ text: 'Actividades en preparación.', status: 'En proceso', progress: 60, date: typed(daysFromToday(1)) });
  await agreements.submitFollowUp();
  await expectFieldError(agreements.dialog.getByRole('textbox', { name: 'Fecha del informe' }), 'La fecha del informe no puede ser posterior a hoy.');
  await agreements.dialog.getByRole('button', { name: 'Cancelar' }).click();
  await expect(agreements.entries).toHaveCount(1);

  await agreements.reportFollowUp({
    text: 'Se aprobó el programa de actividades y se cursaron las invitaciones.',
    progress: 80,
    evidence: { name: 'programa.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 programa') },
  });
  await agreements.reportFollowUp({ text: 'Se realizaron la marcha y la feria informativa del 25 de noviembre.', status: 'Cumplido' });
  await expect(agreements.entries).toHaveCount(3);
  await expect(agreements.entries.first()).toContainText('Estado: de En proceso a Cumplido');
  const overview = page.getByRole('region', { name: 'Acuerdo', exact: true });
  await expect(overview).toContainText('Cumplido');
  await expect(overview).not.toContainText('Vencido');
  await saveScreen(page, 'agreements-detail');

  const download = page.waitForEvent('download');
  await agreements.entries.nth(1).getByRole('button', { name: 'Evidencia: programa.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('programa.pdf');

  // Only the newest report can be taken back: the agreement is again as the one before left it.
  await expect(agreements.entries.nth(1).getByRole('button', { name: 'Retirar' })).toHaveCount(0);
  await agreements.entries.first().getByRole('button', { name: 'Retirar' }).click();
  const confirm = page.getByRole('dialog', { name: /^¿Retirar el informe del / });
  await expect(confirm).toContainText('En proceso, con 80 % de avance');
  await confirm.getByRole('button', { name: 'Retirar informe' }).click();
  await expect(agreements.entries).toHaveCount(2);
  await expect(overview).toContainText('Vencido');

  await page.getByRole('link', { name: 'Volver al registro de acuerdos' }).click();
  const row = agreements.row(COMMEMORATION);
  await expect(row).toContainText('En proceso');
  await expect(row).toContainText('Vencido');
  await expect(row).toContainText('80 %');
  await expect(row).toContainText(typed(daysFromToday(0)));
});

test('exports the matrix of the filtered register to Word and Excel', async ({ page }) => {
  const register = new AgreementsPage(page);
  await register.search('directorio');
  await expect(register.rows).toHaveCount(1);
  // "ACUERDO N° 004-2026-…": Word breaks the line after "N°", so only the number itself is looked for.
  const number = ((await register.row(DIRECTORY).getByRole('link').textContent()) ?? '').replace(/^.*N°\s*/, '');
  expect(number).toMatch(/^\d{3}-\d{4}/);

  for (const [format, extension] of [
    ['Word (.docx)', 'docx'],
    ['Excel (.xlsx)', 'xlsx'],
  ] as const) {
    const download = await register.exportMatrix(format);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^Matriz de seguimiento de acuerdos al \\d{4}-\\d{2}-\\d{2}\\.${extension}$`));
    const text = await officeText(download);
    expect(text).toContain(number);
    expect(text).toContain('Elaborar el directorio actualizado');
    // The register's filter went with it.
    expect(text).not.toContain('Ampliar la campaña casa por casa');
    await readNotice(page, `Se descargó «${download.suggestedFilename()}».`);
  }
});

test('shows what each institution owes and issues a reminder letter', async ({ page }) => {
  const agreements = new AgreementsPage(page);
  await agreements.openTab('Por institución');
  // CEM answers for three agreements: one overdue, one due within the week, one fulfilled.
  await expect(agreements.standing(CEM).getByRole('cell')).toHaveText([CEM, '2', '1', '1', '1', '3', 'Oficio de recordatorio']);
  await expect(page.getByText('Aún no se ha emitido ningún oficio de recordatorio.')).toBeVisible();

  const { confirmation, download } = await agreements.issueReminder(CEM);
  expect(confirmation).toContain(`Se numerará un nuevo oficio de recordatorio dirigido a ${CEM}, con sus 2 acuerdos pendientes.`);
  expect(download.suggestedFilename()).toMatch(new RegExp(` - ${CEM}\\.docx$`));
  const letter = await officeText(download);
  expect(letter).toContain(COMMEMORATION);
  expect(letter).toContain(TRAINING);
  expect(letter).not.toContain(DIRECTORY);
  const letters = page.getByRole('table', { name: 'Oficios de recordatorio emitidos' });
  await expect(letters.getByRole('row').filter({ hasText: CEM })).toContainText('2');
  await saveScreen(page, 'agreements-institutions');

  // The letter prints again as issued.
  const again = page.waitForEvent('download');
  await letters.getByRole('button', { name: /^Descargar / }).click();
  expect((await again).suggestedFilename()).toBe(download.suggestedFilename());

  // A row opens the register filtered by that institution.
  await agreements.standing(CEM).getByRole('cell').nth(2).click();
  await expect(agreements.filters.getByRole('combobox', { name: 'Responsable' })).toHaveValue(CEM);
  await expect(agreements.rows).toHaveCount(3);
});
