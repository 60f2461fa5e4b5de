/** "Instancia": the saved settings, one tab per part, editable at any time. */
import { expect, type Locator, type Page } from '@playwright/test';
import { SettingsFields } from './SettingsFields';
import { readNotice } from './ui';

export type SettingsTab = 'Identidad' | 'Presidencia y ST' | 'Documentos' | 'Sesiones';

export class SettingsPage {
  readonly fields: SettingsFields;
  readonly saveButton: Locator;
  readonly discardButton: Locator;

  constructor(readonly page: Page) {
    this.fields = new SettingsFields(page);
    this.saveButton = page.getByRole('button', { name: 'Guardar cambios' });
    this.discardButton = page.getByRole('button', { name: 'Descartar cambios' });
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Instancia' })).toBeVisible();
  }

  async openTab(tab: SettingsTab): Promise<void> {
    await this.page.getByRole('tab', { name: tab }).click();
    await expect(this.page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  }

  async save(): Promise<void> {
    await this.saveButton.click();
    await readNotice(this.page, 'Se guardaron los datos de la instancia.');
  }
}
