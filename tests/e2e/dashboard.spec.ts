/**
 * "Inicio" and the agreement reminder: with a held session, an overdue agreement and one due in five
 * days, the secretary sees the next session, the agreements by status and the lists, is reminded
 * of both at once, silences one, reports the other fulfilled, and watches "Inicio" follow.
 */
import type { APIRequestContext } from '@playwright/test';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { validInstitution, validRepresentative, validSettings } from '../support/fixtures';
import { unanimous, validSession } from '../support/sessionFixtures';
import { test, expect } from './fixtures';
import { AgreementsPage } from './pages/AgreementsPage';
import { HomePage } from './pages/HomePage';
import { ShellPage } from './pages/ShellPage';
import { daysFromToday, readNotice, saveScreen } from './pages/ui';

const OVERDUE_TEXT = 'Difundir la ruta de atención en las radios comunitarias del distrito.';
const DUE_SOON_TEXT = 'Instalar el módulo de orientación a víctimas en el mercado central.';
const POLICE = 'Comisaría PNP San Juan';
const CEM = 'Centro Emergencia Mujer San Juan';
const NETWORK = 'Red de Lideresas de San Juan';

/** The backend as the page reaches it: the web host's API, with the run's token. */
function apiOf(request: APIRequestContext, hostUrl: string) {
  const url = new URL(hostUrl);
  const token = url.searchParams.get('token') ?? '';
  return async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const response = await request.post(`${url.origin}/api/${method}`, { data: input, headers: { 'X-Acuerda-Token': token } });
    const result = (await response.json()) as { ok: true; value: MethodOutput<M> } | { ok: false; error: unknown };
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
}

type Api = ReturnType<typeof apiOf>;

/**
 * Three institutions with vote (one of the women leaders network); a session held 30 days ago
 * without the police, which adopted one agreement now 4 days overdue (the network's) and one due
 * in 5 days (the police's); and the next session in 10 days, convened, with one receipt recorded.
 */
async function seed(api: Api) {
  await api('taskforce.save', validSettings());
  const ids: Record<string, number> = {};
  for (const [index, name] of [POLICE, CEM, NETWORK].entries()) {
    const institution = await api('members.create', { ...validInstitution(name), acronym: '', inNetwork: name === NETWORK });
    await api('members.addRepresentative', { ...validRepresentative(institution.id, 'titular', `Titular ${index + 1}`), dni: `4012345${index}` });
    ids[name] = institution.id;
  }
  const held = await api('sessions.create', validSession({ date: daysFromToday(-30) }));
  await api('sessions.issueConvocation', { sessionId: held.id, date: daysFromToday(-40), signer: 'secretariat' });
  for (const name of [CEM, NETWORK]) await api('sessions.setAttendance', { sessionId: held.id, institutionId: ids[name]!, status: 'titular' });
  const item = held.agenda.at(-1)!.id;
  const overdue = await api('agreements.adopt', { ...unanimous(item, [ids[NETWORK]!], OVERDUE_TEXT), deadline: daysFromToday(-4) });
  const dueSoon = await api('agreements.adopt', { ...unanimous(item, [ids[POLICE]!], DUE_SOON_TEXT), deadline: daysFromToday(5) });

  const next = await api('sessions.create', validSession({ date: daysFromToday(10) }));
  // Convening numbers the session, which gives it its title ("Segunda Sesión Ordinaria 2026").
  const convened = await api('sessions.issueConvocation', { sessionId: next.id, date: daysFromToday(0), signer: 'secretariat' });
  await api('sessions.recordDelivery', { sessionId: next.id, institutionId: ids[CEM]!, deliveredOn: daysFromToday(0), receivedBy: 'Mesa de partes' });
  return { overdue: overdue.numberText, dueSoon: dueSoon.numberText, nextTitle: convened.title };
}

test('Inicio shows what is due, reminds it in one banner, and follows a fulfilled agreement', async ({ page, host }) => {
  const seeded = await seed(apiOf(page.request, host.url));
  await page.goto(host.url);
  const home = new HomePage(page);
  await home.expectShown();

  // The next session: when, and what is still missing for it.
  await expect(home.nextSession).toContainText(seeded.nextTitle);
  await expect(home.nextSession).toContainText('Dentro de 10 días');
  await expect(home.nextSession).toContainText('10:00 horas');
  await expect(home.nextSession).toContainText('Convocatoria emitida');
  await expect(home.nextSession).toContainText('Faltan 2 cargos de 3');
  await expect(home.nextSession.getByRole('link', { name: 'Abrir la sesión' })).toHaveAttribute('href', /#\/sesiones\/\d+$/);

  // Agreements by status: a bar per status, each with its count written at its end.
  await expect(home.statusChart.getByRole('img', { name: 'Acuerdos por estado: Pendiente 1; En proceso 0; Vencido 1; Cumplido 0; No cumplido 0; Anulado 0' })).toBeVisible();
  await expect(home.statusCounts).toHaveText(['1', '0', '1', '0', '0', '0']);
  await expect(home.statusNames).toHaveText(['Pendiente', 'En proceso', 'Vencido', 'Cumplido', 'No cumplido', 'Anulado']);
  await expect(home.statusBars).toHaveCount(6);

  // The lists, each agreement with who answers for it and how far its deadline is.
  await expect(home.items(home.overdue)).toHaveCount(1);
  await expect(home.items(home.overdue)).toContainText([OVERDUE_TEXT]);
  await expect(home.overdue).toContainText(NETWORK);
  await expect(home.overdue).toContainText('hace 4 días');
  await expect(home.overdue.getByRole('link', { name: 'Ver todos: Vencidos' })).toHaveAttribute('href', '#/acuerdos?vencidos=1');
  await expect(home.items(home.dueSoon)).toContainText([DUE_SOON_TEXT]);
  await expect(home.dueSoon).toContainText('dentro de 5 días');

  // Who never comes shows first; the network takes part.
  await expect(home.attendance).toContainText('Instituciones con voto en la única sesión realizada');
  await expect(home.attendance.getByRole('img', { name: new RegExp(`^Asistencia \\(últimos 12 meses\\): ${POLICE} 0\\s%`) })).toBeVisible();
  await expect(home.network).toContainText('1institución de la red');
  await expect(home.network).toContainText('1acuerdo abierto a cargo de la red');
  await saveScreen(page, 'inicio-con-datos');

  // One reminder for everything due, with the list on request.
  await expect(home.reminder).toContainText('1 acuerdo vencido y 1 vence en los próximos 7 días');
  await home.showReminders();
  await expect(home.reminder.getByRole('list', { name: 'Vencidos' })).toContainText(OVERDUE_TEXT);
  await expect(home.reminder.getByRole('list', { name: 'Vencen en los próximos 7 días' })).toContainText(DUE_SOON_TEXT);
  await saveScreen(page, 'inicio-recordatorio');
  await home.silence(seeded.dueSoon);
  await readNotice(page, `Los recordatorios del ${seeded.dueSoon} quedaron silenciados.`);
  await expect(home.reminder).toContainText('1 acuerdo vencido');
  await expect(home.reminder).not.toContainText('vence en los próximos');
  // Silenced, it is still due: "Inicio" keeps listing it.
  await expect(home.items(home.dueSoon)).toContainText([DUE_SOON_TEXT]);

  // The network reports the overdue agreement fulfilled, from its page.
  await home.overdue.getByRole('link', { name: seeded.overdue }).click();
  const agreements = new AgreementsPage(page);
  await agreements.reportFollowUp({ text: 'Se difundió la ruta en tres radios comunitarias.', status: 'Cumplido', progress: 100 });
  await expect(home.reminder).toBeHidden();

  await new ShellPage(page).goTo('Inicio');
  await expect(home.overdue).toContainText('Ningún acuerdo vencido.');
  await expect(home.statusCounts).toHaveText(['1', '0', '0', '1', '0', '0']);
  await expect(home.network).toContainText('0acuerdos abiertos a cargo de la red');
  await expect(home.network).toContainText('1informe de seguimiento dado por la red');
});

test('a first Inicio, before any session or agreement, says what to do next', async ({ page, host }) => {
  await apiOf(page.request, host.url)('taskforce.save', validSettings());
  await page.goto(host.url);
  const home = new HomePage(page);
  await home.expectShown();
  await expect(home.nextSession).toContainText('No hay sesiones programadas');
  await home.nextSession.getByRole('link', { name: 'Programar una sesión' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.goBack();
  await expect(home.statusChart).toContainText('Todavía no hay acuerdos');
  await expect(home.overdue).toContainText('Ningún acuerdo vencido.');
  await expect(home.attendance).toContainText('No se ha realizado ninguna sesión en los últimos 12 meses.');
  await expect(home.network).toContainText('Ninguna institución figura como parte de la red de lideresas');
  await expect(home.reminder).toBeHidden();
  await expect(home.demoButton).toBeVisible();
  await saveScreen(page, 'inicio-vacio');
});

test('the desktop app also sends the reminder to the system notifications, once a day, and a click opens what is overdue', async ({ page, host }) => {
  await seed(apiOf(page.request, host.url));
  // The desktop preload's window.acuerdaDesktop, as the page sees it; this notification is clicked at once.
  await page.addInitScript(() => {
    const shown: unknown[] = [];
    Object.assign(window, {
      shownNotices: shown,
      acuerdaDesktop: { saveFile: async () => null, openPath: async () => false, notify: async (notice: unknown) => shown.push(notice) > 0 },
    });
  });
  const shownNotices = () => page.evaluate(() => (window as unknown as { shownNotices: unknown[] }).shownNotices);
  await page.goto(host.url);
  await expect(page).toHaveURL(/#\/acuerdos\?vencidos=1$/);
  expect(await shownNotices()).toEqual([
    { title: 'Acuerda: acuerdos por atender', body: '1 acuerdo vencido y 1 vence en los próximos 7 días. Haga clic para verlos.' },
  ]);
  // The banner shows too: a system notification alone is easily missed.
  await expect(new HomePage(page).reminder).toContainText('1 acuerdo vencido y 1 vence en los próximos 7 días');

  // Opened again the same day, the app does not notify again.
  await page.reload();
  const home = new HomePage(page);
  await expect(home.reminder).toBeVisible();
  expect(await shownNotices()).toEqual([]);

  // Put away until tomorrow, the banner stays away for the rest of the day.
  await home.reminder.getByRole('button', { name: 'Ocultar hasta mañana' }).click();
  await expect(home.reminder).toBeHidden();
  const asked = page.waitForResponse((response) => response.url().endsWith('/api/agreements.reminders'));
  await page.reload();
  await asked;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(home.reminder).toBeHidden();
});
