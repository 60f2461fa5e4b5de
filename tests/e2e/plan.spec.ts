/**
 * "Plan de acción": a small plan built through the screens, refused where it is wrong, approved,
 * its progress reported and seen in the charts, and its two Word documents.
 */
import fs from 'node:fs';
import type { Download } from '@playwright/test';
import { test, expect } from './fixtures';
import { FirstRunPage } from './pages/FirstRunPage';
import { PlanPage } from './pages/PlanPage';
import { ShellPage } from './pages/ShellPage';
import { expectFieldError, saveScreen } from './pages/ui';

// The demo database comes already filled; the tests still open it from the welcome.
test.use({ dataFolder: 'demo-filled' });

/** The demo (Villa Esperanza): its institutions and sessions. */
const POLICE = 'Comisaría PNP Villa Esperanza';
const CEM = 'Centro Emergencia Mujer Villa Esperanza';
const BY_LINE = 'Avance por línea estratégica';

async function expectWordFile(download: Download, name: RegExp): Promise<void> {
  expect(download.suggestedFilename()).toMatch(name);
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.length).toBeGreaterThan(1000);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
}

test.beforeEach(async ({ page, host }) => {
  await (await new FirstRunPage(page).open(host.url)).openDemo();
  await new ShellPage(page).goTo('Plan de acción');
});

test('builds a plan, approves it, reports progress and exports it', async ({ page }) => {
  const year = await page.evaluate(() => new Date().getFullYear());
  const plan = new PlanPage(page);
  await plan.createPlan();
  await expect(plan.title).toHaveText(`Plan de Acción Local ${year}-${year + 1}`);
  await plan.addLine('Prevención de la violencia de género');
  await plan.addObjective('1', 'Reducir la tolerancia social a la violencia entre adolescentes y jóvenes');

  // A negative amount is refused with the backend's own words, before anything is sent.
  const activity = await plan.fillActivity('1.1', {
    description: 'Talleres de prevención de la violencia en colegios',
    lead: POLICE,
    coResponsible: [CEM],
    schedule: [`T2 ${year}`, `T3 ${year}`],
    budget: [{ amount: '-500' }],
    verification: 'Listas de asistencia y fotografías',
  });
  await activity.getByRole('button', { name: 'Agregar actividad' }).click();
  await expectFieldError(activity.getByRole('textbox', { name: 'Monto 1 (S/)' }), 'El presupuesto no puede ser negativo.');
  await activity.getByRole('textbox', { name: 'Monto 1 (S/)' }).fill('12500');
  await plan.saveActivity(activity);

  const card = plan.activity('1.1.1');
  await expect(card).toContainText(`Responsable${POLICE}`);
  await expect(card).toContainText('S/ 12,500.00 · Presupuesto municipal');
  await expect(card.getByRole('checkbox', { name: `T3 de ${year}` })).toBeChecked();
  await expect(card.getByRole('checkbox', { name: `T4 de ${year}` })).not.toBeChecked();
  await plan.addIndicator('1.1.1', { name: 'Talleres realizados', unit: 'talleres', targets: { [`Meta ${year}`]: '10', [`Meta ${year + 1}`]: '12' } });
  await expect(card.getByRole('table', { name: /^Indicadores de/ })).toContainText('Talleres realizados');
  await saveScreen(page, 'plan-estructura');

  await plan.approveByReference(`Decreto de Alcaldía N° 004-${year}-MDVE`);
  await expect(page.getByRole('note').filter({ hasText: 'Plan aprobado' })).toContainText(`Decreto de Alcaldía N° 004-${year}-MDVE`);
  await expect(page.getByRole('button', { name: 'Agregar línea estratégica' })).toHaveCount(0);

  // Nothing reported yet: what was due counts as not achieved. A report moves the chart.
  await plan.openTab('Avance');
  await expect(plan.chart(BY_LINE)).toHaveAccessibleName(`${BY_LINE}: 1. Prevención de la violencia de género 0 %`);
  const report = await plan.openReport('Talleres realizados');
  await plan.attachEvidence(report, { name: 'fotos.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(5 * 1024 * 1024 + 1) });
  await expect(report.getByText('El archivo de evidencia supera el límite de 5 MB.')).toBeVisible();
  await plan.attachEvidence(report, { name: 'listas.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 listas de asistencia') });
  await expect(report.getByText('El archivo de evidencia supera el límite de 5 MB.')).toBeHidden();
  await plan.saveReport(report, 'Talleres realizados', '6', 'Seis talleres en tres colegios del sector 2.');
  await expect(plan.chart(BY_LINE)).toHaveAccessibleName(`${BY_LINE}: 1. Prevención de la violencia de género 60 %`);
  await expect(plan.chart(BY_LINE)).toContainText('60 %');
  await expect(page.getByTestId('overall-progress')).toHaveText('60 %');
  const line = page.getByRole('table', { name: /^Avance de la línea/ });
  // The year is under way: 6 of 10 is not late yet.
  await expect(line).toContainText('En marcha');
  await expect(line.getByLabel('con evidencia')).toBeVisible();
  await saveScreen(page, 'plan-avance');

  await plan.openTab('Documentos');
  await page.getByRole('textbox', { name: 'Conclusiones y próximos pasos' }).fill('Ampliar los talleres a los colegios del sector 5.');
  await saveScreen(page, 'plan-documentos');
  await expectWordFile(await plan.exportDocument('Plan de Acción Local'), /^Plan de Acción Local .*\.docx$/);
  await expectWordFile(await plan.exportDocument('Informe de avance'), /^Informe de avance del Plan de Acción Local .*\.docx$/);

  await new ShellPage(page).goTo('Plan de acción');
  await expect(plan.list.getByRole('row').filter({ hasText: `Plan de Acción Local ${year}-${year + 1}` })).toContainText('60 %');
  await saveScreen(page, 'plan-lista');
});
