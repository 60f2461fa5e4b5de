/**
 * "Inicio": the next session, agreements by status, the overdue and soon-due lists, attendance, the
 * women leaders network, the instancia and the way to the example data; and the agreement reminder
 * banner shown at the top of every screen.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class HomePage {
  readonly demoButton: Locator;
  readonly nextSession: Locator;
  readonly statusChart: Locator;
  readonly overdue: Locator;
  readonly dueSoon: Locator;
  readonly attendance: Locator;
  readonly network: Locator;
  readonly reminder: Locator;

  constructor(readonly page: Page) {
    this.demoButton = page.getByRole('button', { name: 'Ver los datos de ejemplo' });
    this.nextSession = page.getByRole('region', { name: 'Próxima sesión' });
    this.statusChart = page.getByRole('region', { name: 'Acuerdos por estado' });
    this.overdue = page.getByRole('region', { name: 'Vencidos', exact: true });
    this.dueSoon = page.getByRole('region', { name: 'Vencen en los próximos 15 días' });
    this.attendance = page.getByRole('region', { name: 'Asistencia (últimos 12 meses)' });
    this.network = page.getByRole('region', { name: 'Participación de la red de lideresas' });
    this.reminder = page.getByRole('region', { name: 'Recordatorio de acuerdos' });
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Inicio' })).toBeVisible();
  }

  async openDemo(): Promise<void> {
    await this.demoButton.click();
  }

  /** The status chart's bars, top to bottom. */
  get statusBars(): Locator {
    return this.statusChart.locator('svg .recharts-bar-rectangle');
  }

  /** The status written beside each bar, top to bottom. */
  get statusNames(): Locator {
    return this.statusChart.locator('svg .recharts-yAxis-tick-labels text');
  }

  /** The figures written at the end of the bars, top to bottom. */
  get statusCounts(): Locator {
    return this.statusChart.locator('svg .recharts-label-list text');
  }

  /** The items of a list of agreements ("Vencidos", "Vencen en…"). */
  items(list: Locator): Locator {
    return list.getByRole('listitem');
  }

  /** Opens the reminder banner's list of agreements. */
  async showReminders(): Promise<void> {
    await this.reminder.getByRole('button', { name: 'Ver' }).click();
    await expect(this.reminder.getByRole('button', { name: 'Ocultar la lista' })).toHaveAttribute('aria-expanded', 'true');
  }

  /** Stops the reminders of one agreement, from the banner's list. */
  async silence(number: string): Promise<void> {
    await this.reminder.getByRole('button', { name: `Silenciar los recordatorios del ${number}` }).click();
  }
}
