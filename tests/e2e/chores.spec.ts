/** Chores of a session done in one step: cargos of many addressees, the titulares present, the agenda. */
import { test, expect } from './fixtures';
import { FirstRunPage } from './pages/FirstRunPage';
import { SessionsPage } from './pages/SessionsPage';
import { ShellPage } from './pages/ShellPage';
import { daysFromToday, saveScreen, typed } from './pages/ui';

// The demo database comes already filled; the tests still open it from the welcome.
test.use({ dataFolder: 'demo-filled' });

const SESSION = { date: typed(daysFromToday(0)), firstCallTime: '10:00', place: 'Auditorio de la Municipalidad, Av. Central s/n' };

test.describe.configure({ mode: 'parallel' });

/** The demo: Villa Esperanza's 21 institutions (19 with vote) and three sessions. */
test.beforeEach(async ({ page, host }) => {
  await (await new FirstRunPage(page).open(host.url)).openDemo();
  await new ShellPage(page).goTo('Sesiones');
});

test('records the cargos of several addressees, then of all, each time in one dialog', async ({ page }) => {
  // A whole convocation with nineteen addressees, recorded twice: longer than one feature's test.
  test.slow();
  const session = await new SessionsPage(page).createSession(SESSION);
  await session.openTab('Convocatoria');
  await session.issueConvocation();
  await expect(session.deliveriesMissing).toHaveText('Faltan 19 cargos');
  await expect(page.getByRole('button', { name: 'Registrar entrega de las marcadas (0)' })).toBeDisabled();

  const first = 'Centro Emergencia Mujer Villa Esperanza';
  const second = 'Comisaría PNP Villa Esperanza';
  await session.tickDelivery(first);
  await session.tickDelivery(second);
  await page.getByRole('button', { name: 'Registrar entrega de las marcadas (2)' }).click();
  await expect(session.dialog.getByTestId('bulk-delivery-addressees')).toContainText(first);
  await saveScreen(page, 'cargos-varios-dialogo');
  await session.dialog.getByRole('button', { name: 'Cancelar' }).click();
  await session.recordTickedDeliveries(2, 'Mesa de partes');
  await expect(session.deliveriesMissing).toHaveText('Faltan 17 cargos');
  await expect(session.deliveryRow(first)).toContainText('Mesa de partes');
  await expect(session.deliveryRow(second)).toContainText('Entregado');

  // The ticks are cleared once saved; the header's box ticks every row still pending, so the
  // cargos already recorded keep who received them.
  await expect(page.getByRole('button', { name: 'Registrar entrega de las marcadas (0)' })).toBeDisabled();
  await session.tickDelivery();
  await saveScreen(page, 'cargos-todos-marcados');
  await session.recordTickedDeliveries(17, '');
  await expect(session.deliveriesMissing).toHaveText('Cargos completos');
  await page.reload();
  await expect(session.deliveriesMissing).toHaveText('Cargos completos', { timeout: 30_000 });
  await expect(session.deliveryRow(first)).toContainText('Mesa de partes');
  await saveScreen(page, 'cargos-completos');

  // Ticked by hand, a row that has its cargo is said to be replaced before it is.
  await session.tickDelivery(first);
  await page.getByRole('button', { name: 'Registrar entrega de las marcadas (1)' }).click();
  await expect(session.dialog).toContainText('1 de las marcadas ya tenía cargo: su fecha y quién lo recibió se reemplazarán.');
  await saveScreen(page, 'cargos-aviso-reemplazo');
});

test('marks every titular present in one step, then the exceptions, with the quorum live', async ({ page }) => {
  const session = await new SessionsPage(page).createSession(SESSION);
  await session.openTab('Asistencia');
  const [excused, alterno, absentee] = await session.votingInstitutions();
  if (!excused || !alterno || !absentee) throw new Error('El padrón de ejemplo no tiene instituciones con voto.');
  await session.mark(excused, 'Justificó');
  await session.mark(alterno, 'Alterno(a)');

  await session.markAllTitularesPresent();
  await expect(session.quorumBadge).toHaveText('Quórum: 18 de 19 — hay quórum');
  const statuses = await session.votingStatuses();
  expect(statuses.slice(0, 2)).toEqual(['excused', 'alterno']);
  expect(statuses.slice(2).every((status) => status === 'titular')).toBe(true);
  await expect(page.getByRole('button', { name: 'Todos los titulares presentes' })).toBeDisabled();

  await session.mark(absentee, 'Ausente');
  await expect(session.quorumBadge).toHaveText('Quórum: 17 de 19 — hay quórum');
  await page.reload();
  await expect(session.quorumBadge).toHaveText('Quórum: 17 de 19 — hay quórum');
  await saveScreen(page, 'asistencia-todos-titulares');
});

test('places a new informe under "Informes" and copies the previous session agenda once', async ({ page }) => {
  const session = await new SessionsPage(page).createSession(SESSION);
  const informe = 'Informe del CEM sobre las atenciones del trimestre';
  await session.addAgendaItem(informe, 'Informes');
  const withInforme = [
    '1. Verificación del quórum',
    '2. Lectura y aprobación del acta de la sesión anterior',
    '3. Despacho',
    '4. Informes',
    `4.1 ${informe}`,
    '5. Pedidos',
    '6.1 Seguimiento de acuerdos',
  ];
  await expect.poll(() => session.agendaLines()).toEqual(withInforme);

  // The demo's latest session before today dealt with the plan under the orden del día.
  const plan = 'Avance del Plan de Acción Local y de la campaña casa por casa';
  await session.copyPreviousAgenda(/^Se copió 1 punto de la .*Sesión Ordinaria \d{4}\.$/);
  await expect.poll(() => session.agendaLines()).toEqual([...withInforme, `6.2 ${plan}`]);
  await saveScreen(page, 'agenda-copiada');
  await session.copyPreviousAgenda(/^La agenda ya tiene todos los puntos de la .*Sesión Ordinaria \d{4}\.$/);
  await expect(session.agenda.getByRole('listitem')).toHaveCount(8);
});

test('moves an agenda point several places in one move, by position or by keyboard, and keeps it', async ({ page }) => {
  const session = await new SessionsPage(page).createSession(SESSION);
  const item = 'Aprobación del plan de trabajo 2027';
  await session.addAgendaItem(item);
  await session.moveToPosition(item, 2, 'Lectura y aprobación del acta de la sesión anterior');
  await expect.poll(() => session.agendaLines()).toEqual([
    '1. Verificación del quórum',
    `2.1 ${item}`,
    '3. Lectura y aprobación del acta de la sesión anterior',
    '4. Despacho',
    '5. Informes',
    '6. Pedidos',
    '7.1 Seguimiento de acuerdos',
  ]);
  await saveScreen(page, 'agenda-movida');

  // Space to lift, four arrows down, space to drop: one move, one save.
  await session.moveDownWithKeyboard(item, 4);
  const expected = [
    '1. Verificación del quórum',
    '2. Lectura y aprobación del acta de la sesión anterior',
    '3. Despacho',
    '4. Informes',
    '5. Pedidos',
    `6.1 ${item}`,
    '6.2 Seguimiento de acuerdos',
  ];
  await expect.poll(() => session.agendaLines()).toEqual(expected);
  // Read back from the backend: the page loaded afresh shows the order that was saved.
  await page.reload();
  await expect(session.agendaItem(item)).toBeVisible({ timeout: 30_000 });
  expect(await session.agendaLines()).toEqual(expected);
});
