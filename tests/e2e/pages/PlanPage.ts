/** "Plan de acción": the list of plans, and a plan's structure, progress and documents. */
import { type Download, expect, type Locator, type Page } from '@playwright/test';
import { choose, readNotice } from './ui';

export type PlanTab = 'Estructura' | 'Avance' | 'Documentos';

export interface ActivityData {
  description: string;
  lead: string;
  coResponsible?: string[];
  /** Quarters ticked, as "T2 2026". */
  schedule?: string[];
  /** Soles and funding source, one line each. */
  budget?: { amount: string; source?: string; note?: string }[];
  verification?: string;
}

export interface IndicatorData {
  name: string;
  unit: string;
  baseline?: string;
  /** Target per period, by the label of its field: { 'Meta 2026': '10' }. */
  targets: Record<string, string>;
}

export class PlanPage {
  readonly dialog: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
    this.list = page.getByRole('table', { name: 'Planes de acción local' });
  }

  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** "Nuevo plan" with the proposed title and years (this year and the next, by year). */
  async createPlan(title?: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Nuevo plan' }).first().click();
    await expect(this.dialog).toBeVisible();
    if (title) await this.dialog.getByRole('textbox', { name: 'Título del plan' }).fill(title);
    const chosen = await this.dialog.getByRole('textbox', { name: 'Título del plan' }).inputValue();
    await this.dialog.getByRole('button', { name: 'Crear el plan' }).click();
    await readNotice(this.page, `Se creó «${chosen}».`);
    await expect(this.title).toHaveText(chosen);
  }

  async openTab(tab: PlanTab): Promise<void> {
    await this.page.getByRole('tab', { name: tab }).click();
    await expect(this.page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  }

  /** Opens a modal with a button and waits for it. */
  private async openDialog(button: Locator, title: string): Promise<Locator> {
    await button.click();
    const dialog = this.page.getByRole('dialog', { name: title });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  private async submit(dialog: Locator, button: string, notice: string): Promise<void> {
    await dialog.getByRole('button', { name: button }).click();
    await readNotice(this.page, notice);
    await expect(dialog).toBeHidden();
  }

  async addLine(title: string): Promise<void> {
    const dialog = await this.openDialog(this.page.getByRole('button', { name: 'Agregar línea estratégica' }).first(), 'Nueva línea estratégica');
    await dialog.getByRole('textbox', { name: 'Línea estratégica', exact: true }).fill(title);
    await this.submit(dialog, 'Agregar línea estratégica', 'Se guardó la línea estratégica.');
  }

  async addObjective(line: string, text: string): Promise<void> {
    const dialog = await this.openDialog(this.page.getByRole('button', { name: `Agregar objetivo a la línea ${line}` }), 'Nuevo objetivo');
    await dialog.getByRole('textbox', { name: 'Objetivo', exact: true }).fill(text);
    await this.submit(dialog, 'Agregar objetivo', 'Se guardó el objetivo.');
  }

  /** Opens "Agregar actividad" under an objective ("1.1") and fills the form; `saveActivity` saves it. */
  async fillActivity(objective: string, d: ActivityData): Promise<Locator> {
    const dialog = await this.openDialog(this.page.getByRole('button', { name: `Agregar actividad al objetivo ${objective}` }), 'Nueva actividad');
    await dialog.getByRole('textbox', { name: 'Actividad', exact: true }).fill(d.description);
    await choose(this.page, dialog.getByRole('combobox', { name: 'Responsable', exact: true }), d.lead);
    for (const institution of d.coResponsible ?? []) {
      await dialog.getByRole('combobox', { name: 'Corresponsables' }).click();
      await this.page.getByRole('option', { name: institution, exact: true }).click();
      await dialog.getByRole('heading').click();
    }
    for (const quarter of d.schedule ?? []) {
      const [q, year] = quarter.split(' ');
      await dialog.getByRole('group', { name: `Trimestres de ${year}` }).getByText(q!, { exact: true }).click();
      await expect(dialog.getByRole('checkbox', { name: `${q} de ${year}` })).toBeChecked();
    }
    for (const [i, line] of (d.budget ?? []).entries()) {
      await dialog.getByRole('button', { name: 'Agregar fuente de financiamiento' }).click();
      await dialog.getByRole('textbox', { name: `Monto ${i + 1} (S/)` }).fill(line.amount);
      if (line.source) await choose(this.page, dialog.getByRole('combobox', { name: `Fuente ${i + 1}` }), line.source);
      if (line.note) await dialog.getByRole('textbox', { name: 'Detalle' }).nth(i).fill(line.note);
    }
    if (d.verification) await dialog.getByRole('textbox', { name: 'Medio de verificación' }).fill(d.verification);
    return dialog;
  }

  async saveActivity(dialog: Locator): Promise<void> {
    await this.submit(dialog, 'Agregar actividad', 'Se guardó la actividad.');
  }

  /** The card of activity "1.1.1". */
  activity(number: string): Locator {
    return this.page.getByRole('article').filter({ has: this.page.getByText(number, { exact: true }) });
  }

  async addIndicator(activity: string, d: IndicatorData): Promise<void> {
    const dialog = await this.openDialog(this.activity(activity).getByRole('button', { name: 'Agregar indicador' }), 'Nuevo indicador');
    await dialog.getByRole('textbox', { name: 'Indicador', exact: true }).fill(d.name);
    await dialog.getByRole('textbox', { name: 'Unidad' }).fill(d.unit);
    if (d.baseline) await dialog.getByRole('textbox', { name: 'Línea de base' }).fill(d.baseline);
    for (const [label, value] of Object.entries(d.targets)) await dialog.getByRole('textbox', { name: label }).fill(value);
    await this.submit(dialog, 'Agregar indicador', 'Se guardó el indicador.');
  }

  /** "Aprobar plan" with a reference typed in (e.g. a Decreto de Alcaldía), dated today. */
  async approveByReference(reference: string): Promise<void> {
    const dialog = await this.openDialog(this.page.getByRole('button', { name: 'Aprobar plan' }), 'Aprobar el plan de acción');
    await expect(dialog.getByRole('note')).toContainText('ya no se puede modificar');
    await dialog.getByRole('radio', { name: 'Con otra norma o documento' }).check();
    await dialog.getByRole('textbox', { name: 'Norma o documento de aprobación' }).fill(reference);
    await this.submit(dialog, 'Aprobar plan', 'El plan quedó aprobado. Ya puede registrar su avance.');
  }

  /** Opens "Registrar avance" of an indicator; the form offers the period on screen first. */
  async openReport(indicator: string): Promise<Locator> {
    return this.openDialog(this.page.getByRole('button', { name: `Registrar avance: ${indicator}` }), `Registrar avance: ${indicator}`);
  }

  /** Attaches a file as the report's evidence, as the file picker would. */
  async attachEvidence(report: Locator, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await report.locator('input[type="file"]').setInputFiles(file);
  }

  async saveReport(report: Locator, indicator: string, achieved: string, comment: string): Promise<void> {
    await report.getByRole('textbox', { name: /^Logro del periodo/ }).fill(achieved);
    await report.getByRole('textbox', { name: 'Comentario' }).fill(comment);
    await this.submit(report, 'Guardar avance', `Se registró el avance de «${indicator}».`);
  }

  /** A chart, by its title; its accessible name lists every figure it draws. */
  chart(title: string): Locator {
    return this.page.getByRole('img', { name: new RegExp(`^${title}:`) });
  }

  /** Exports one document of the "Documentos" tab and returns the download the browser received. */
  async exportDocument(document: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `Exportar Word: ${document}` }).click();
    return download;
  }
}
