/**
 * "Protocolo": the first version written and approved, a second version that changes it, the
 * differences between the two listed word by word, and the Word document.
 */
import fs from 'node:fs';
import { test, expect } from './fixtures';
import { POLICE, WOMENS_NETWORK_ORG } from './data';
import { MembersPage } from './pages/MembersPage';
import { ProtocolPage } from './pages/ProtocolPage';
import { ShellPage } from './pages/ShellPage';
import { saveScreen } from './pages/ui';

// The instancia of TASKFORCE comes configured (the set-up wizard is tested in setup.spec.ts).
test.use({ dataFolder: 'configured' });

const SECTIONS = 'Secciones del protocolo';

test.beforeEach(async ({ page, host }) => {
  await new ShellPage(page).open(host.url);
  const shell = new ShellPage(page);
  await shell.goTo('Miembros');
  const members = new MembersPage(page);
  await members.addInstitution(POLICE);
  await members.addInstitution(WOMENS_NETWORK_ORG);
  await shell.goTo('Protocolo');
});

test('writes and approves the protocol, revises it and shows what changed', async ({ page }) => {
  const protocol = new ProtocolPage(page);
  await expect(page.getByText('Todavía no hay un protocolo')).toBeVisible();
  await saveScreen(page, 'protocolo-vacio');
  await protocol.create();
  await expect(page.getByRole('navigation', { name: SECTIONS }).getByRole('button')).toHaveText([
    /^1\. Presentación/,
    /^2\. Objetivo, alcance y población objetivo/,
    /^3\. Marco normativo/,
    /^4\. Principios y enfoques/,
    /^5\. Normas generales de atención/,
    /^6\. Disposiciones finales/,
  ]);
  await protocol.write('Presentación', 'Este protocolo ordena la actuación conjunta de las instituciones.');
  await expect(page.getByRole('navigation', { name: SECTIONS }).getByRole('button', { name: /Presentación/ })).toContainText('Redactado');
  await saveScreen(page, 'protocolo-editor');

  await protocol.openPart('Ruta de atención');
  await protocol.addRouteStep({
    step: 'Recepción de la denuncia',
    institution: POLICE.name,
    action: 'Recibir la denuncia en un ambiente privado y dictar las medidas de protección inmediatas.',
    timeframe: 'Inmediato',
    contactPoint: 'Sección de Familia, las 24 horas',
    victimInformation: 'Sus derechos y los servicios a los que puede acudir.',
  });
  await expect(protocol.route.getByRole('row').nth(1)).toContainText(`1Recepción de la denuncia${POLICE.name}`);
  await saveScreen(page, 'protocolo-ruta');

  await protocol.approveByReference(1, 'Acuerdo de la sesión ordinaria del 12/03/2026');
  await expect(page.getByRole('note').filter({ hasText: 'Versión aprobada' })).toContainText('Acuerdo de la sesión ordinaria del 12/03/2026');
  await protocol.openPart('Texto del protocolo');
  await expect(protocol.editor('Presentación')).toHaveAttribute('aria-readonly', 'true');

  // Version 2 starts as a copy of version 1; a word replaced shows as removed and added.
  await protocol.startNewVersion(2);
  // The approved version's read-only editor is replaced by the draft's: type only into the latter.
  await expect(protocol.editor('Presentación')).toHaveAttribute('aria-readonly', 'false');
  await expect(protocol.editor('Presentación')).toHaveText('Este protocolo ordena la actuación conjunta de las instituciones.');
  // The whole paragraph is retyped (a burst of Backspace key presses can outrun the editor in
  // automation); only its last words differ.
  await protocol.editor('Presentación').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Este protocolo ordena la actuación conjunta de las entidades del distrito.');
  await expect(protocol.editor('Presentación')).toHaveText('Este protocolo ordena la actuación conjunta de las entidades del distrito.');
  await expect(page.getByRole('status').filter({ hasText: 'Guardado hace un momento' })).toBeVisible();

  await protocol.openPart('Versiones y cambios');
  const presentation = protocol.difference('Presentación');
  await expect(presentation).toContainText('Modificado');
  await expect(presentation.locator('del')).toHaveText('instituciones');
  await expect(presentation.locator('ins')).toHaveText('entidades del distrito');
  await expect(protocol.differences.getByRole('article')).toHaveCount(1);
  await saveScreen(page, 'protocolo-cambios');

  const download = await protocol.exportVersion('Versión 1');
  expect(download.suggestedFilename()).toBe('Protocolo Local de Actuación Conjunta - versión 1.docx');
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.length).toBeGreaterThan(1000);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
});
