/** What the window shows when it cannot work: a refused data file, or a missing access code. */
import { expect, type Locator, type Page } from '@playwright/test';

export class RefusedScreen {
  readonly heading: Locator;
  readonly startNewButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'No se pudo abrir el archivo de datos' });
    this.startNewButton = page.getByRole('button', { name: 'Empezar una base de datos nueva' });
  }

  async expectShown(file: string): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByRole('main')).toContainText(file);
  }
}

export class NoAccessCodeScreen {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Falta el código de acceso' });
  }

  /** Opens the host's address without the `?token=…` that Acuerda printed. */
  async open(url: string): Promise<void> {
    await this.page.goto(new URL(url).origin);
    await expect(this.heading).toBeVisible();
  }
}
