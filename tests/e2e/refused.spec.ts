/** A data file that is not Acuerda's is refused and left untouched; the page needs its access code. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { FirstRunPage } from './pages/FirstRunPage';
import { NoAccessCodeScreen, RefusedScreen } from './pages/RefusedScreen';
import { saveScreen } from './pages/ui';

test('refuses a data file that is not a database, leaves it untouched and starts a new one', async ({ page, host }) => {
  const file = path.join(host.dataDir, 'acuerda.sqlite');
  const garbage = Buffer.concat([Buffer.from('Acta de la sesión ordinaria, copiada aquí por error.\n'), crypto.randomBytes(8192)]);
  await host.stop();
  for (const leftover of ['-wal', '-shm']) fs.rmSync(file + leftover, { force: true });
  fs.writeFileSync(file, garbage);
  const url = await host.start();

  await page.goto(url);
  const refused = new RefusedScreen(page);
  await refused.expectShown(file);
  const main = page.getByRole('main');
  await expect(main).toContainText('El archivo de datos no es una base de datos');
  await expect(main).toContainText('El archivo NO fue modificado');
  await saveScreen(page, 'archivo-rechazado');

  await refused.startNewButton.click();
  const firstRun = new FirstRunPage(page);
  await firstRun.expectShown();
  expect(fs.readFileSync(file).equals(garbage)).toBe(true);

  // The new file is the one opened from now on; the refused one stays as it was.
  await page.goto(await host.restart());
  await firstRun.expectShown();
  expect(fs.readFileSync(file).equals(garbage)).toBe(true);
});

test('asks for the access code when the address lacks it', async ({ page, host }) => {
  const screen = new NoAccessCodeScreen(page);
  await screen.open(host.url);
  await expect(page.getByText(/Abra la dirección completa que mostró Acuerda al iniciar/)).toBeVisible();
  await expect(page.getByText(/Falta el código de acceso/)).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Configurar la instancia' })).toBeHidden();
  await saveScreen(page, 'sin-codigo-de-acceso');
});
