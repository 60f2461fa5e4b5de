/** "Inicio": the instancia at a glance, shortcuts, and the way to the example data. */
import { expect, type Locator, type Page } from '@playwright/test';

export class HomePage {
  readonly demoButton: Locator;

  constructor(readonly page: Page) {
    this.demoButton = page.getByRole('button', { name: 'Ver los datos de ejemplo' });
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Inicio' })).toBeVisible();
  }

  async openDemo(): Promise<void> {
    await this.demoButton.click();
  }
}
