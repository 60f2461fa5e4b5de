/**
 * "Acuerdos": the register with its filters and the matrix export, one agreement with its
 * follow-up timeline and the "Registrar seguimiento" dialog, and the per-institution view.
 */
import { type Download, expect, type Locator, type Page } from '@playwright/test';
import { choose, notice } from './ui';

export interface FollowUpData {
  text: string;
  /** As the status list names it: "En proceso", "Cumplido"… */
  status?: string;
  progress?: number;
  /** dd/mm/aaaa; today when left out. */
  date?: string;
  evidence?: { name: string; mimeType: string; buffer: Buffer };
}

export class AgreementsPage {
  readonly table: Locator;
  readonly filters: Locator;
  readonly dialog: Locator;
  readonly timeline: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Registro de acuerdos' });
    this.filters = page.getByRole('search', { name: 'Filtros del registro de acuerdos' });
    this.dialog = page.getByRole('dialog', { name: /^Registrar seguimiento: / });
    this.timeline = page.getByRole('region', { name: /^Informes? de seguimiento/ });
  }

  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The register's row of an agreement, by a part of its text. */
  row(text: string): Locator {
    return this.table.getByRole('row').filter({ hasText: text });
  }

  /** The rows of the register's body (without the heading row). */
  get rows(): Locator {
    return this.table.locator('tbody tr');
  }

  async openTab(tab: 'Registro de acuerdos' | 'Por institución'): Promise<void> {
    await this.page.getByRole('tab', { name: tab }).click();
    await expect(this.page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  }

  /** Clicks a status chip: on if it was off, off if it was on. */
  async toggleStatus(status: string): Promise<void> {
    const chips = this.filters.getByRole('group', { name: 'Estado' });
    const checked = await chips.getByRole('checkbox', { name: status }).isChecked();
    // The chip is drawn over its hidden checkbox: the user clicks the word.
    await chips.getByText(status, { exact: true }).click();
    await expect(chips.getByRole('checkbox', { name: status })).toBeChecked({ checked: !checked });
  }

  /** "Cualquier plazo", "Solo vencidos", "Vencen en los próximos 15 días"… */
  async filterDeadline(option: string): Promise<void> {
    await choose(this.page, this.filters.getByRole('combobox', { name: 'Plazo' }), option);
  }

  /** "Desde" or "Hasta", the ends of the period of session dates. */
  periodEnd(end: 'Desde' | 'Hasta'): Locator {
    return this.filters.getByRole('textbox', { name: end });
  }

  /** Types the period's ends as dd/mm/aaaa ('' clears one); an end left out stays as it is. */
  async filterPeriod(period: { from?: string; to?: string }): Promise<void> {
    if (period.from !== undefined) await this.periodEnd('Desde').fill(period.from);
    if (period.to !== undefined) await this.periodEnd('Hasta').fill(period.to);
  }

  async search(text: string): Promise<void> {
    await this.filters.getByRole('textbox', { name: 'Buscar' }).fill(text);
  }

  /** Opens an agreement from its row and waits for its page. */
  async open(text: string): Promise<void> {
    await this.row(text).getByRole('cell').nth(1).click();
    await expect(this.page.getByRole('region', { name: 'Acuerdo', exact: true })).toContainText(text);
  }

  /** Exports the matrix of what the register shows and returns the download the browser received. */
  async exportMatrix(format: 'Word (.docx)' | 'Excel (.xlsx)'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Exportar matriz' }).click();
    await this.page.getByRole('menuitem', { name: format }).click();
    return download;
  }

  async openFollowUp(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Registrar seguimiento' }).click();
    await expect(this.dialog).toBeVisible();
    return this.dialog;
  }

  /** Fills the open "Registrar seguimiento" dialog; `submitFollowUp` sends it. */
  async fillFollowUp(d: FollowUpData): Promise<void> {
    if (d.date) await this.dialog.getByRole('textbox', { name: 'Fecha del informe' }).fill(d.date);
    await this.dialog.getByRole('textbox', { name: 'Informe', exact: true }).fill(d.text);
    if (d.status) await choose(this.page, this.dialog.getByRole('combobox', { name: 'Nuevo estado' }), d.status);
    if (d.progress !== undefined) await this.progressField.fill(String(d.progress));
    if (d.evidence) await this.dialog.locator('input[type="file"]').setInputFiles(d.evidence);
  }

  get progressField(): Locator {
    return this.dialog.getByRole('textbox', { name: 'Avance (%)' });
  }

  async submitFollowUp(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Registrar informe' }).click();
  }

  /** Registers a report from the agreement's page and waits for it to be saved. */
  async reportFollowUp(d: FollowUpData): Promise<void> {
    await this.openFollowUp();
    await this.fillFollowUp(d);
    await this.submitFollowUp();
    // Reports in a row leave the previous notice on screen a moment longer: the newest one counts.
    await expect(notice(this.page, /^Se registró el informe de seguimiento del /).last()).toBeVisible();
    await expect(this.dialog).toBeHidden();
  }

  /** The timeline's reports, newest first. */
  get entries(): Locator {
    return this.timeline.getByRole('article');
  }

  /** The per-institution table's row of an institution. */
  standing(name: string): Locator {
    return this.page.getByRole('table', { name: 'Acuerdos por institución responsable' }).getByRole('row').filter({ hasText: name });
  }

  /** Issues an oficio de recordatorio to an institution, after its confirmation, and returns the download. */
  async issueReminder(name: string): Promise<{ confirmation: string; download: Download }> {
    await this.page.getByRole('button', { name: `Oficio de recordatorio para ${name}` }).click();
    const confirm = this.page.getByRole('dialog', { name: '¿Emitir un oficio de recordatorio?' });
    await expect(confirm).toBeVisible();
    const confirmation = (await confirm.textContent()) ?? '';
    const download = this.page.waitForEvent('download');
    await confirm.getByRole('button', { name: 'Emitir y descargar' }).click();
    return { confirmation, download: await download };
  }
}
