/** The first-run set-up: five steps, each checked before the next one opens. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { TaskforceData } from '../data';
import { SettingsFields } from './SettingsFields';
import { readNotice } from './ui';

export class SetupWizardPage {
  readonly fields: SettingsFields;
  readonly nextButton: Locator;
  readonly saveButton: Locator;

  constructor(readonly page: Page) {
    this.fields = new SettingsFields(page);
    this.nextButton = page.getByRole('button', { name: 'Siguiente' });
    this.saveButton = page.getByRole('button', { name: 'Guardar y empezar' });
  }

  /** The step on screen, by its title ("Nombre y creación", "Confirme los datos"…). */
  async expectStep(title: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  }

  async next(expectedTitle: string): Promise<void> {
    await this.nextButton.click();
    await this.expectStep(expectedTitle);
  }

  /** Fills every step with `d` and the defaults, and saves; the app then opens on "Inicio". */
  async configure(d: TaskforceData): Promise<void> {
    await this.fields.fillIdentity(d);
    await this.next('Quién preside y la secretaría técnica');
    await this.fields.fillGovernance(d);
    await this.next('Numeración y membrete');
    await this.fields.fillDocumentIdentity(d);
    await this.next('Quórum y firmas');
    await this.next('Confirme los datos');
    await this.save();
  }

  async save(): Promise<void> {
    await this.saveButton.click();
    await readNotice(this.page, 'La instancia quedó configurada.');
  }
}
