/**
 * A session's "Acta" and "Documentos" tabs: minutes per agenda item, agreements, the follow-up of
 * earlier agreements, approval, exports.
 */
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { typeTime } from './SessionsPage';
import { choose, readNotice } from './ui';

export interface MajorityVote {
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
}

export interface AgreementData {
  text: string;
  /** Institutions as the roster names them. */
  responsibles?: string[];
  secretariat?: boolean;
  /** dd/mm/aaaa. */
  deadline?: string;
  /** Unanimity when left out. */
  majority?: MajorityVote;
}

export interface ProgressReportData {
  /** As the status list names it: "En proceso", "Cumplido"… */
  status: string;
  progress: number;
  text: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class ActaPage {
  readonly dialog: Locator;
  readonly lifecycle: Locator;
  readonly hash: Locator;
  readonly steps: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
    this.lifecycle = page.getByRole('region', { name: 'Estado del acta' });
    this.hash = page.getByTestId('content-hash');
    this.steps = page.getByRole('list', { name: 'Etapas del acta' });
  }

  /** The agenda item "4" or "6.1", as a region named by its heading ("4. Informes"). */
  item(number: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${escape(number)}\\.? `) });
  }

  editor(number: string): Locator {
    return this.page.getByRole('textbox', { name: `Desarrollo del punto ${number}`, exact: true });
  }

  /** "Guardando…", "Guardado hace un momento", "Sin guardar: …" of one item. */
  saveStatus(number: string): Locator {
    return this.item(number).getByRole('status');
  }

  /** The confidentiality warning under an item's text, or in the agreement form. */
  sensitiveWarning(scope: Locator): Locator {
    return scope.getByRole('alert').filter({ hasText: 'Este texto podría identificar a una víctima' });
  }

  /** Clicks at the end of the item's text and types, as a secretary does. */
  async typeMinutes(number: string, text: string): Promise<void> {
    const editor = this.editor(number);
    await editor.click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
  }

  /** Presses a toolbar button ("Negrita", "Lista con viñetas"…) of an item's editor. */
  async format(number: string, button: string): Promise<void> {
    await this.item(number).getByRole('toolbar', { name: 'Formato del texto' }).getByRole('button', { name: button, exact: true }).click();
  }

  /** Pastes at the end of the item's text what Word puts on the clipboard (text/html), as Ctrl+V does. */
  async pasteHtml(number: string, html: string): Promise<void> {
    const editor = this.editor(number);
    await editor.click();
    await this.page.keyboard.press('Control+End');
    await editor.evaluate((element, pasted) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/html', pasted);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    }, html);
  }

  /** Chooses an action ("Insertar tabla", "Insertar fila debajo"…) from an item's "Tabla" menu. */
  async tableAction(number: string, action: string): Promise<void> {
    await this.item(number).getByRole('toolbar', { name: 'Formato del texto' }).getByRole('button', { name: 'Tabla', exact: true }).click();
    await this.page.getByRole('menuitem', { name: action, exact: true }).click();
  }

  async expectSaved(number: string): Promise<void> {
    await expect(this.saveStatus(number)).toHaveText('Guardado hace un momento');
  }

  async setProceedings(start: string, end: string): Promise<void> {
    const section = this.page.getByRole('region', { name: 'Inicio y cierre de la sesión' });
    await typeTime(section.getByLabel('Hora de inicio', { exact: true }), start);
    await typeTime(section.getByLabel('Hora de cierre', { exact: true }), end);
    await section.getByLabel('Minutos de «Hora de cierre»').blur();
    await expect(section.getByRole('status')).toHaveText('Guardado hace un momento');
  }

  adoptButton(number: string): Locator {
    return this.item(number).getByRole('button', { name: 'Registrar acuerdo' });
  }

  /** Opens "Registrar acuerdo" under an item and fills the form; `submitAgreement` records it. */
  async fillAgreement(number: string, d: AgreementData): Promise<void> {
    await this.adoptButton(number).click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('textbox', { name: 'Texto del acuerdo' }).fill(d.text);
    for (const institution of d.responsibles ?? []) {
      await this.dialog.getByRole('combobox', { name: 'Instituciones responsables' }).click();
      await this.page.getByRole('option', { name: institution, exact: true }).click();
    }
    // Closes the list of institutions the way a user does, by clicking elsewhere in the form.
    if (d.responsibles) await this.dialog.getByRole('heading').click();
    if (d.secretariat) await this.dialog.getByRole('checkbox', { name: 'Secretaría Técnica' }).check();
    if (d.deadline) await this.dialog.getByRole('textbox', { name: 'Plazo' }).fill(d.deadline);
    if (d.majority) {
      await this.dialog.getByRole('radio', { name: 'Por mayoría' }).check();
      await this.dialog.getByRole('textbox', { name: 'A favor' }).fill(String(d.majority.votesFor));
      await this.dialog.getByRole('textbox', { name: 'En contra' }).fill(String(d.majority.votesAgainst));
      await this.dialog.getByRole('textbox', { name: 'Abstenciones' }).fill(String(d.majority.abstentions));
    }
  }

  async submitAgreement(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^(Registrar acuerdo|Guardar cambios)$/ }).click();
  }

  /** Records an agreement and returns its number as the backend gave it. */
  async adoptAgreement(number: string, d: AgreementData): Promise<string> {
    await this.fillAgreement(number, d);
    await this.submitAgreement();
    await readNotice(this.page, /^Se registró el ACUERDO N° /);
    await expect(this.dialog).toBeHidden();
    const card = this.item(number).getByRole('article').filter({ hasText: d.text });
    const label = await card.getAttribute('aria-label');
    if (!label) throw new Error('El acuerdo registrado no muestra su número.');
    return label;
  }

  agreement(numberText: string): Locator {
    return this.page.getByRole('article', { name: numberText, exact: true });
  }

  // Seguimiento de acuerdos

  /** "Acuerdos en seguimiento", under the item "6.1" (the seguimiento de acuerdos). */
  followUpPanel(number: string): Locator {
    return this.item(number).getByRole('region', { name: 'Acuerdos en seguimiento' });
  }

  /** An earlier agreement carried into the session, by its number text. */
  carried(number: string, numberText: string): Locator {
    return this.followUpPanel(number).getByRole('article', { name: numberText, exact: true });
  }

  /** "Informar avance" on a carried agreement: the report filled in and saved. */
  async reportProgress(number: string, numberText: string, d: ProgressReportData): Promise<void> {
    await this.carried(number, numberText).getByRole('button', { name: 'Informar avance' }).click();
    await expect(this.dialog).toBeVisible();
    await choose(this.page, this.dialog.getByRole('combobox', { name: 'Nuevo estado' }), d.status);
    await this.dialog.getByRole('textbox', { name: 'Avance (%)' }).fill(String(d.progress));
    await this.dialog.getByRole('textbox', { name: 'Informe', exact: true }).fill(d.text);
    await this.dialog.getByRole('button', { name: 'Registrar informe' }).click();
    await readNotice(this.page, `Se registró el informe de seguimiento del ${numberText}.`);
    await expect(this.dialog).toBeHidden();
  }

  /** "Aprobar acta": the session it was approved in (the next one by default) and the confirmation. */
  async approve(inSession?: string): Promise<void> {
    await this.lifecycle.getByRole('button', { name: 'Aprobar acta' }).click();
    await expect(this.dialog).toContainText('La aprobación es definitiva');
    if (inSession) await choose(this.page, this.dialog.getByRole('combobox', { name: 'Sesión en que se aprobó' }), inSession);
    await this.dialog.getByRole('button', { name: 'Aprobar el acta' }).click();
    await readNotice(this.page, 'El acta quedó aprobada y cerrada.');
    await expect(this.dialog).toBeHidden();
  }

  async addErratum(text: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Registrar fe de erratas' }).click();
    await this.dialog.getByRole('textbox', { name: 'Corrección' }).fill(text);
    await this.dialog.getByRole('button', { name: 'Registrar', exact: true }).click();
    await readNotice(this.page, 'Se registró la fe de erratas.');
  }

  /** Picks a file for "Adjuntar acta firmada", as the system's file dialog would. */
  async attachSignedActa(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.lifecycle.getByRole('button', { name: 'Adjuntar acta firmada' }).click();
    await (await chooser).setFiles(file);
  }

  // Documentos

  exportButton(document: string): Locator {
    return this.page.getByRole('button', { name: `Exportar Word: ${document}` });
  }

  /** Exports one document and returns the download the browser received. */
  async exportDocument(document: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportButton(document).click();
    return download;
  }
}
