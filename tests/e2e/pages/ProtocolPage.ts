/** "Protocolo": its versions, the parts of the version on screen, and the comparison of two versions. */
import { type Download, expect, type Locator, type Page } from '@playwright/test';
import { choose, readNotice } from './ui';

export type ProtocolPart = 'Texto del protocolo' | 'Funciones de las instituciones' | 'Ruta de atención' | 'Atención diferenciada' | 'Versiones y cambios';

export interface RouteStepData {
  step: string;
  institution: string;
  action: string;
  timeframe?: string;
  contactPoint?: string;
  victimInformation?: string;
}

export class ProtocolPage {
  readonly route: Locator;
  readonly differences: Locator;

  constructor(readonly page: Page) {
    this.route = page.getByRole('table', { name: 'Ruta de atención' });
    this.differences = page.getByRole('region', { name: 'Diferencias entre las versiones' });
  }

  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** "Crear el protocolo" from the empty page, with the title proposed from the instancia's place. */
  async create(): Promise<void> {
    await this.page.getByRole('button', { name: 'Crear el protocolo' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Crear el protocolo' });
    const title = await dialog.getByRole('textbox', { name: 'Título del protocolo' }).inputValue();
    await dialog.getByRole('button', { name: 'Crear el protocolo' }).click();
    await readNotice(this.page, 'Se creó la versión 1 del protocolo como borrador.');
    await expect(this.title).toHaveText(title);
  }

  async openPart(part: ProtocolPart): Promise<void> {
    await this.page.getByRole('tab', { name: part }).click();
    await expect(this.page.getByRole('tab', { name: part })).toHaveAttribute('aria-selected', 'true');
  }

  /** Picks a section, an institution or a group in the outline of the open part. */
  async choose(outline: string, entry: string): Promise<void> {
    const link = this.page.getByRole('navigation', { name: outline }).getByRole('button', { name: new RegExp(entry) });
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'true');
  }

  editor(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  /** Clicks at the end of a text and types, then waits until it is saved. */
  async write(label: string, text: string): Promise<void> {
    await this.editor(label).click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
    await expect(this.page.getByRole('status').filter({ hasText: 'Guardado hace un momento' })).toBeVisible();
  }

  async addRouteStep(d: RouteStepData): Promise<void> {
    await this.page.getByRole('button', { name: 'Agregar paso' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Nuevo paso de la ruta' });
    await dialog.getByRole('textbox', { name: 'Paso' }).fill(d.step);
    await choose(this.page, dialog.getByRole('combobox', { name: 'Institución' }), d.institution);
    await dialog.getByRole('textbox', { name: 'Acción' }).fill(d.action);
    if (d.timeframe) await dialog.getByRole('textbox', { name: 'Plazo' }).fill(d.timeframe);
    if (d.contactPoint) await dialog.getByRole('textbox', { name: 'Punto de contacto' }).fill(d.contactPoint);
    if (d.victimInformation) await dialog.getByRole('textbox', { name: 'Qué se informa a la víctima' }).fill(d.victimInformation);
    await dialog.getByRole('button', { name: 'Agregar paso' }).click();
    await readNotice(this.page, 'Se guardó el paso de la ruta.');
    await expect(dialog).toBeHidden();
  }

  /** "Aprobar versión" with a reference typed in, dated today. */
  async approveByReference(number: number, reference: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Aprobar versión' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Aprobar la versión ${number}` });
    await expect(dialog.getByRole('note')).toContainText('ya no se podrá modificar');
    await dialog.getByRole('radio', { name: 'Con otra norma o documento' }).check();
    await dialog.getByRole('textbox', { name: 'Norma o documento de aprobación' }).fill(reference);
    await dialog.getByRole('button', { name: 'Aprobar versión' }).click();
    await readNotice(this.page, `La versión ${number} quedó aprobada.`);
    await expect(dialog).toBeHidden();
  }

  async startNewVersion(number: number): Promise<void> {
    await this.page.getByRole('button', { name: 'Iniciar nueva versión' }).click();
    await this.page.getByRole('dialog', { name: 'Iniciar nueva versión' }).getByRole('button', { name: 'Iniciar la versión' }).click();
    await readNotice(this.page, `Se inició la versión ${number} como borrador.`);
  }

  /** The differences listed for one part, by its name: "Presentación", a step of the route… */
  difference(label: string): Locator {
    return this.differences.getByRole('article', { name: label });
  }

  /** Exports a version from "Versiones y cambios" and returns the download the browser received. */
  async exportVersion(name: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `Exportar Word: ${name}` }).click();
    return download;
  }
}
