/**
 * "Acta" and "Documentos": writing the minutes of a session, the confidentiality guard, agreements
 * and quorum, approval that closes the acta for good, and the four Word documents.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ActaPage } from './pages/ActaPage';
import { FirstRunPage } from './pages/FirstRunPage';
import { SessionsPage } from './pages/SessionsPage';
import { ShellPage } from './pages/ShellPage';
import { daysFromToday, readNotice, saveScreen, typed } from './pages/ui';

// The demo database comes already filled; the tests still open it from the welcome.
test.use({ dataFolder: 'demo-filled' });

/**
 * The demo (Villa Esperanza: 19 institutions with vote): the first session's acta is approved, the
 * second one's is still a draft, and the third session is convened but not held yet.
 */
const APPROVED_SESSION = 'Primera Sesión Ordinaria 2026';
const DRAFT_SESSION = 'Segunda Sesión Ordinaria 2026';
const NEXT_SESSION = 'Tercera Sesión Ordinaria 2026';

// Each test has its own web host and data: they can run side by side.
test.describe.configure({ mode: 'parallel' });

test.beforeEach(async ({ page, host }) => {
  await (await new FirstRunPage(page).open(host.url)).openDemo();
  await new ShellPage(page).goTo('Sesiones');
});

async function openSession(page: Page, title: string, tab: 'Acta' | 'Documentos'): Promise<ActaPage> {
  const session = await new SessionsPage(page).open(title);
  await session.openTab(tab);
  return new ActaPage(page);
}

test('a session from creation to a locked acta', async ({ page }) => {
  // Some fifty steps, from the new-session form to the fe de erratas: more than the usual time.
  test.slow();
  // Held 40 days ago, so it is approved in the demo's second session (35 days ago, with quorum).
  const session = await new SessionsPage(page).createSession({
    date: typed(daysFromToday(-40)),
    firstCallTime: '10:00',
    place: 'Sala de Regidores del Palacio Municipal',
  });
  const acta = new ActaPage(page);

  // Before the convocation is issued the oficio cannot be exported, and it says why.
  await session.openTab('Documentos');
  await expect(acta.exportButton('Oficio múltiple de convocatoria')).toBeDisabled();
  await expect(acta.exportButton('Oficio múltiple de convocatoria')).toHaveAccessibleDescription(/Emita la convocatoria/);

  await session.openTab('Convocatoria');
  await session.issueConvocation();
  await session.openTab('Asistencia');
  for (const institution of (await session.votingInstitutions()).slice(0, 10)) await session.mark(institution, 'Titular');
  await expect(session.quorumState).toHaveText('Hay quórum');

  await session.openTab('Acta');
  await expect(acta.steps.getByRole('listitem').filter({ hasText: 'Borrador' })).toHaveAttribute('aria-current', 'step');
  await acta.setProceedings('10:15', '12:30');

  // Minutes with bold and a bullet list, saved as they are typed.
  await acta.typeMinutes('4', 'La Comisaría informó ');
  await page.keyboard.press('Control+B');
  await page.keyboard.type('avances');
  await page.keyboard.press('Control+B');
  await page.keyboard.type(' en el patrullaje integrado.');
  await page.keyboard.press('Enter');
  await acta.format('4', 'Lista con viñetas');
  await page.keyboard.type('Rondas mixtas en cuatro sectores');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Charlas en colegios');
  await acta.expectSaved('4');

  const agreementText = 'Implementar el directorio de la ruta de atención en todas las instituciones integrantes.';
  const number = await acta.adoptAgreement('6.1', {
    text: agreementText,
    responsibles: ['Centro Emergencia Mujer Villa Esperanza'],
    secretariat: true,
    deadline: typed(daysFromToday(30)),
    majority: { votesFor: 8, votesAgainst: 1, abstentions: 1 },
  });
  expect(number).toMatch(/^ACUERDO N° \d{3}-\d{4}-/);
  const agreement = acta.agreement(number);
  await expect(agreement).toContainText('Centro Emergencia Mujer Villa Esperanza, Secretaría Técnica');
  await expect(agreement).toContainText('Por mayoría: 8 votos a favor, 1 en contra, 1 abstención');
  await saveScreen(page, 'acta-borrador');

  // What was typed is what the backend kept.
  await page.reload();
  await expect(acta.editor('4').locator('strong')).toHaveText('avances');
  await expect(acta.editor('4').locator('ul > li')).toHaveText(['Rondas mixtas en cuatro sectores', 'Charlas en colegios']);
  const draftHash = await acta.hash.getAttribute('title');

  await acta.approve();
  await expect(acta.steps.getByRole('listitem').filter({ hasText: 'Aprobada' })).toContainText(DRAFT_SESSION);
  await expect(acta.hash).toHaveAttribute('title', draftHash ?? '');
  await expect(acta.hash).toBeVisible();
  await expect(page.getByText('Huella del contenido (SHA-256):')).toBeVisible();

  // Everything now only reads; trying to type says why, and changes nothing.
  const editor = acta.editor('4');
  await expect(editor).toHaveAttribute('aria-readonly', 'true');
  await expect(editor).toHaveAttribute('contenteditable', 'false');
  await editor.click();
  await page.keyboard.type('Texto añadido');
  await readNotice(page, 'El acta ya fue aprobada y no se puede modificar. Para corregirla, registre una fe de erratas.');
  await expect(editor).not.toContainText('Texto añadido');
  await expect(page.getByRole('region', { name: 'Inicio y cierre de la sesión' }).getByLabel('Hora de cierre', { exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Registrar acuerdo' })).toHaveCount(0);
  await expect(agreement.getByRole('button')).toHaveCount(0);

  await acta.addErratum('En el punto 4 dice «cuatro sectores»; debe decir «cinco sectores».');
  await expect(page.getByRole('region', { name: 'Fe de erratas' })).toContainText('debe decir «cinco sectores»');
  await saveScreen(page, 'acta-aprobada');
});

test('warns before saving text that looks like a DNI, and saves it only when told', async ({ page }) => {
  const acta = await openSession(page, DRAFT_SESSION, 'Acta');
  const item = acta.item('5');
  await acta.typeMinutes('5', 'Se pidió apoyo para la señora con DNI 45678912.');
  const warning = acta.sensitiveWarning(item);
  await expect(warning).toContainText('Parece un DNI: 45678912');
  await expect(acta.saveStatus('5')).toHaveText('Sin guardar: revise el aviso de confidencialidad');
  await saveScreen(page, 'acta-aviso-confidencialidad');

  await warning.getByRole('button', { name: 'Lo reescribo' }).click();
  await expect(acta.editor('5')).toBeFocused();
  // Past the autosave delay the text is still only on screen: read again, it is not there.
  await page.waitForTimeout(1500);
  await page.reload();
  await expect(acta.editor('5')).toHaveText('');

  await acta.typeMinutes('5', 'Se pidió apoyo para la señora con DNI 45678912.');
  await acta.sensitiveWarning(item).getByRole('button', { name: 'No identifica a una víctima, guardar así' }).click();
  await acta.expectSaved('5');
  await expect(acta.sensitiveWarning(item)).toBeHidden();
  await page.reload();
  await expect(acta.editor('5')).toHaveText('Se pidió apoyo para la señora con DNI 45678912.');
  await expect(acta.sensitiveWarning(acta.item('5'))).toBeHidden();

  // The same guard stands before an agreement's text.
  await acta.fillAgreement('6.2', { text: 'Derivar el caso de la víctima Rosa Mamani al CEM.' });
  await expect(acta.sensitiveWarning(acta.dialog)).toContainText('Parece el nombre de una víctima: víctima Rosa Mamani');
  await acta.dialog.getByRole('button', { name: 'Lo reescribo' }).click();
  await expect(acta.dialog.getByRole('textbox', { name: 'Texto del acuerdo' })).toBeFocused();
  await acta.dialog.getByRole('textbox', { name: 'Texto del acuerdo' }).fill('Coordinar con el CEM la atención de los casos derivados por la Comisaría.');
  await expect(acta.sensitiveWarning(acta.dialog)).toBeHidden();
  await acta.dialog.getByRole('button', { name: 'Cancelar' }).click();
});

test('no agreement without quorum: the button says why, and the backend refuses too', async ({ page }) => {
  let acta = await openSession(page, NEXT_SESSION, 'Acta');
  const adopt = acta.adoptButton('6.1');
  await expect(adopt).toBeDisabled();
  await expect(adopt).toHaveAccessibleDescription('Sin quórum: faltan 10 instituciones con voto.');
  await expect(page.getByRole('note').filter({ hasText: 'Sesión sin quórum' })).toContainText(
    'Sin quórum no se pueden adoptar acuerdos: faltan 10 instituciones con voto. Registre la asistencia en la pestaña Asistencia.',
  );

  // Quorum lost after an agreement was drafted: the backend refuses the change and says so.
  await new ShellPage(page).goTo('Sesiones');
  const session = await new SessionsPage(page).open(DRAFT_SESSION);
  await session.openTab('Asistencia');
  for (const institution of (await session.votingInstitutions()).slice(0, 12)) await session.mark(institution, 'Ausente');
  await expect(session.quorumState).not.toHaveText('Hay quórum');
  await session.openTab('Acta');
  acta = new ActaPage(page);
  const existing = acta.item('6.2').getByRole('article').first();
  await existing.getByRole('button', { name: /^Editar el ACUERDO/ }).click();
  await acta.submitAgreement();
  await readNotice(page, /Sin quórum no se pueden adoptar acuerdos\. Instituciones con voto que faltan para el quórum: \d+\./);
  await expect(acta.dialog).toBeVisible();
});

test('attaches the signed acta to an approved one, refusing a file over 10 MB', async ({ page }) => {
  const acta = await openSession(page, APPROVED_SESSION, 'Acta');
  await expect(acta.steps.getByRole('listitem').filter({ hasText: 'Aprobada' })).toHaveAttribute('aria-current', 'step');

  await acta.attachSignedActa({ name: 'escaneo-grande.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(11 * 1024 * 1024, 0x25) });
  await readNotice(page, 'El archivo supera el límite de 10 MB.');
  await expect(acta.steps.getByRole('listitem').filter({ hasText: 'Firmada' })).toContainText('Falta adjuntar el acta firmada');

  const scan = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  await acta.attachSignedActa({ name: 'acta-firmada.pdf', mimeType: 'application/pdf', buffer: scan });
  await readNotice(page, 'Se adjuntó el acta firmada «acta-firmada.pdf».');
  await expect(acta.steps.getByRole('listitem').filter({ hasText: 'Firmada' })).toContainText('Acta firmada adjuntada el');

  const download = page.waitForEvent('download');
  await acta.lifecycle.getByRole('button', { name: 'Ver acta firmada' }).click();
  expect(fs.readFileSync(await (await download).path())).toEqual(scan);
});

test('exports the four documents of a session as Word files', async ({ page }) => {
  const acta = await openSession(page, DRAFT_SESSION, 'Documentos');
  await saveScreen(page, 'sesion-documentos');
  const expected: [string, RegExp][] = [
    ['Oficio múltiple de convocatoria', /^Oficio múltiple de convocatoria - Segunda Sesión Ordinaria 2026\.docx$/],
    ['Agenda', /^Agenda - Segunda Sesión Ordinaria 2026\.docx$/],
    ['Lista de asistencia', /^Lista de asistencia - Segunda Sesión Ordinaria 2026\.docx$/],
    ['Acta', /^Acta - Segunda Sesión Ordinaria 2026 \(borrador\)\.docx$/],
  ];
  for (const [document, fileName] of expected) {
    const download = await acta.exportDocument(document);
    expect(download.suggestedFilename()).toMatch(fileName);
    const bytes = fs.readFileSync(await download.path());
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await readNotice(page, `Se descargó «${download.suggestedFilename()}».`);
  }
});
