/** The welcome shown while the real database has no instancia: configure it, or try the demo. */
import { expect, type Locator, type Page } from '@playwright/test';
import { SetupWizardPage } from './SetupWizardPage';

export class FirstRunPage {
  readonly heading: Locator;
  readonly configureButton: Locator;
  readonly demoButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Le damos la bienvenida a Acuerda' });
    this.configureButton = page.getByRole('button', { name: 'Configurar la instancia' });
    this.demoButton = page.getByRole('button', { name: 'Explorar con datos de ejemplo' });
  }

  /** Opens the app at the host's address (with its access code) and waits for the welcome. */
  async open(url: string): Promise<this> {
    await this.page.goto(url);
    await this.expectShown();
    return this;
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async startSetup(): Promise<SetupWizardPage> {
    await this.configureButton.click();
    const wizard = new SetupWizardPage(this.page);
    await wizard.expectStep('Nombre y creación');
    return wizard;
  }

  async openDemo(): Promise<void> {
    await this.demoButton.click();
  }
}
