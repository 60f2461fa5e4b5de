/** One institution: its data, membership actions, representatives in force and their history. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { PersonData } from '../data';
import { readNotice } from './ui';

export type Role = 'Titular' | 'Alterno(a)';
type DatedAction = 'Desactivar' | 'Quitar';

const ACCREDIT: Record<Role, string> = { Titular: 'Acreditar titular', 'Alterno(a)': 'Acreditar alterno(a)' };

export class InstitutionPage {
  readonly dialog: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
    this.history = page.getByRole('table', { name: 'Historial de representantes' });
  }

  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async expectShown(name: string): Promise<void> {
    await expect(this.title).toContainText(name);
  }

  /** "Activa" or "Inactiva", next to the name. */
  async expectStatus(status: 'Activa' | 'Inactiva'): Promise<void> {
    await expect(this.title).toHaveText(new RegExp(`${status}$`));
  }

  /** The card of the titular or the alterno in force. */
  card(role: Role): Locator {
    return this.page.getByRole('region', { name: role, exact: true });
  }

  dialogField(label: string): Locator {
    return this.dialog.getByRole('textbox', { name: label, exact: true });
  }

  async fillPerson(p: PersonData, validFromLabel = 'Acreditado(a) desde'): Promise<void> {
    const fields: [string, string | undefined][] = [
      ['Nombres y apellidos', p.fullName],
      ['DNI', p.dni],
      ['Cargo', p.post],
      ['Teléfono', p.phone],
      ['Correo electrónico', p.email],
      ['Documento de acreditación', p.accreditationNumber],
      [validFromLabel, p.validFrom],
    ];
    for (const [label, value] of fields) if (value !== undefined) await this.dialogField(label).fill(value);
  }

  /** Opens "Acreditar titular" / "Acreditar alterno(a)" and fills the form, without sending it. */
  async startAccreditation(role: Role, p: PersonData): Promise<void> {
    await this.card(role).getByRole('button', { name: ACCREDIT[role] }).click();
    await expect(this.dialog).toBeVisible();
    await this.fillPerson(p);
  }

  async submitDialog(button: string, doneNotice: string): Promise<void> {
    await this.dialog.getByRole('button', { name: button }).click();
    await readNotice(this.page, doneNotice);
    await expect(this.dialog).toBeHidden();
  }

  async accredit(role: Role, p: PersonData): Promise<void> {
    await this.startAccreditation(role, p);
    await this.submitDialog('Acreditar', `Se acreditó a ${p.fullName}.`);
  }

  async editCurrent(role: Role, changes: PersonData): Promise<void> {
    await this.card(role).getByRole('button', { name: `Editar datos de: ${role}` }).click();
    await this.fillPerson(changes);
    await this.submitDialog('Guardar cambios', `Se guardaron los datos de ${changes.fullName}.`);
  }

  /** "Reemplazar": the successor from `successor.validFrom`; the predecessor ends the day before. */
  async replaceCurrent(role: Role, successor: PersonData): Promise<void> {
    await this.card(role).getByRole('button', { name: `Reemplazar: ${role}` }).click();
    await this.fillPerson(successor);
    await this.submitDialog('Registrar el reemplazo', `Se registró el reemplazo: ${successor.fullName} queda acreditado(a).`);
  }

  /** Opens a membership action that asks for a date ("Desactivar", "Quitar") and types the date. */
  async startDatedAction(action: DatedAction, date: string): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: action, exact: true }).click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('textbox').fill(date);
  }

  /** The date input of the open membership action. */
  get actionDate(): Locator {
    return this.dialog.getByRole('textbox');
  }

  /** Confirms the open membership action with its own word. */
  async confirmDatedAction(action: DatedAction): Promise<void> {
    await this.dialog.getByRole('button', { name: action, exact: true }).click();
  }

  async confirmWithDate(action: DatedAction, date: string): Promise<void> {
    await this.startDatedAction(action, date);
    await this.confirmDatedAction(action);
    await expect(this.dialog).toBeHidden();
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('link', { name: 'Volver a Miembros' }).click();
  }
}
