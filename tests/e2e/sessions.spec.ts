/** "Sesiones": convening a session with its agenda, the roll call and its quorum, and what is refused. */
import { test, expect } from './fixtures';
import { FirstRunPage } from './pages/FirstRunPage';
import { SessionPage } from './pages/SessionPage';
import { SessionsPage } from './pages/SessionsPage';
import { ShellPage } from './pages/ShellPage';
import { daysFromToday, expectFieldError, saveScreen, typed } from './pages/ui';

// The demo database comes already filled; the tests still open it from the welcome.
test.use({ dataFolder: 'demo-filled' });

const DEMO_SESSIONS = 3;
const SESSION = { date: typed(daysFromToday(0)), firstCallTime: '10:00', place: 'Auditorio de la Municipalidad, Av. Central s/n' };

// Each test has a web host of its own: they can run side by side.
test.describe.configure({ mode: 'parallel' });

/** The demo: Villa Esperanza's 21 institutions (19 with vote) and three sessions. */
test.beforeEach(async ({ page, host }) => {
  await (await new FirstRunPage(page).open(host.url)).openDemo();
  await new ShellPage(page).goTo('Sesiones');
});

test('convenes a session: agenda in order, convocation numbered, a receipt recorded', async ({ page }) => {
  const sessions = new SessionsPage(page);
  await saveScreen(page, 'sesiones-lista');
  await sessions.fillNewSession(SESSION);
  // The demo's reglamento allows a second call 30 minutes later: it follows the first.
  await expect.poll(() => sessions.timeValue('Segunda convocatoria')).toBe('10:30');
  await expect(sessions.formField('Preside')).toHaveValue('Rosa Elvira Quispe Huamán');
  await saveScreen(page, 'sesiones-nueva');
  await sessions.submit();
  const session = new SessionPage(page);
  await session.expectShown(/^Sesión Ordinaria del \d{2}\/\d{2}\/\d{4}$/);

  // The standing agenda, then an item of the orden del día, moved up twice: once with the
  // keyboard (space, arrow up, space) and once with "Subir".
  const item = 'Aprobación del plan de trabajo 2027';
  await session.addAgendaItem(item);
  await expect.poll(() => session.agendaLines()).toEqual([
    '1. Verificación del quórum',
    '2. Lectura y aprobación del acta de la sesión anterior',
    '3. Despacho',
    '4. Informes',
    '5. Pedidos',
    '6.1 Seguimiento de acuerdos',
    `6.2 ${item}`,
  ]);
  await session.moveUpWithKeyboard(item, 1);
  await expect.poll(() => session.agendaLines()).toContain(`6.1 ${item}`);
  await expect(session.agendaItem(item).getByRole('button', { name: `Subir «${item}»` })).toBeEnabled();
  await session.moveUp(item);
  await expect.poll(() => session.agendaLines()).toEqual([
    '1. Verificación del quórum',
    '2. Lectura y aprobación del acta de la sesión anterior',
    '3. Despacho',
    '4. Informes',
    `5.1 ${item}`,
    '6. Pedidos',
    '7.1 Seguimiento de acuerdos',
  ]);
  await saveScreen(page, 'sesion-datos-agenda');

  await session.openTab('Convocatoria');
  await expect(page.getByText('Las 19 instituciones con voto reciben la convocatoria:')).toBeVisible();
  await saveScreen(page, 'sesion-convocatoria-por-emitir');
  await session.issueConvocation();
  await expect(session.convocationNumber).toHaveText(/^OFICIO MÚLTIPLE N° \d{3}-\d{4}-/);
  await expect(session.title).toHaveText(/^\S+ Sesión Ordinaria \d{4}$/);
  await expect(session.deliveriesMissing).toHaveText('Faltan 19 cargos');
  await session.recordDelivery('Centro Emergencia Mujer Villa Esperanza', 'Karina Mendoza (mesa de partes)');
  await expect(session.deliveriesMissing).toHaveText('Faltan 18 cargos');
  await expect(session.deliveryRow('Centro Emergencia Mujer Villa Esperanza')).toContainText('Karina Mendoza (mesa de partes)');
  await saveScreen(page, 'sesion-convocatoria-emitida');
});

test('counts the quorum at each click: reached, lost and reached again', async ({ page }) => {
  const session = await new SessionsPage(page).createSession(SESSION);
  await session.openTab('Asistencia');
  await expect(session.quorumState).toHaveText('Faltan 10 instituciones para el quórum');
  const [absentee, ...others] = (await session.votingInstitutions()).slice(0, 10);
  if (!absentee) throw new Error('El padrón de ejemplo no tiene instituciones con voto.');

  for (const institution of others) await session.mark(institution, 'Titular');
  await expect(session.quorumState).toHaveText('Falta 1 institución para el quórum');
  await session.mark(absentee, 'Alterno(a)');
  await expect(session.quorumState).toHaveText('Hay quórum');
  await expect(session.quorumBadge).toHaveText('Quórum: 10 de 19 — hay quórum');

  await session.mark(absentee, 'Ausente');
  await expect(session.quorumState).toHaveText('Falta 1 institución para el quórum');
  await expect(session.quorumBadge).toHaveText('Quórum: 9 de 19 — falta 1');

  await session.mark(absentee, 'Titular');
  await expect(session.quorumState).toHaveText('Hay quórum');
  // The backend agrees once it has answered: the page read again still shows the quorum.
  await page.reload();
  await expect(session.quorumBadge).toHaveText('Quórum: 10 de 19 — hay quórum');
  await saveScreen(page, 'sesion-asistencia');
});

test('a virtual session needs its link, and nothing is saved until it has one', async ({ page }) => {
  const sessions = new SessionsPage(page);
  await expect(sessions.titles).toHaveCount(DEMO_SESSIONS);
  await sessions.fillNewSession({ ...SESSION, place: undefined, mode: 'Virtual' });
  await expect(sessions.formField('Lugar')).toBeHidden();
  await sessions.submit();
  await expectFieldError(sessions.formField('Enlace de la reunión virtual'), 'Indique el enlace de la reunión virtual.');
  await expect(sessions.formField('Enlace de la reunión virtual')).toBeFocused();
  await saveScreen(page, 'sesiones-nueva-sin-enlace');
  await sessions.form.getByRole('button', { name: 'Cancelar' }).click();
  await expect(sessions.form).toBeHidden();
  await expect(sessions.titles).toHaveCount(DEMO_SESSIONS);
});
