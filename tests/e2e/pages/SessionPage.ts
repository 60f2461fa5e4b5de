/** One session: its header, and the tabs for agenda, convocation and attendance. */
import { expect, type Locator, type Page } from '@playwright/test';
import { choose, readNotice } from './ui';

export type SessionTab = 'Datos y agenda' | 'Convocatoria' | 'Asistencia' | 'Acta' | 'Documentos';
export type AttendanceStatus = 'Titular' | 'Alterno(a)' | 'Ausente' | 'Justificó';

export class SessionPage {
  readonly dialog: Locator;
  readonly agenda: Locator;
  readonly quorumBadge: Locator;
  /** "Hay quórum" or "Faltan N instituciones para el quórum", in the attendance tab. */
  readonly quorumState: Locator;
  readonly convocationNumber: Locator;
  readonly deliveriesMissing: Locator;
  readonly deliveries: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
    this.agenda = page.getByRole('list', { name: 'Agenda' });
    this.quorumBadge = page.getByTestId('quorum-badge');
    this.quorumState = page.getByTestId('quorum-state');
    this.convocationNumber = page.getByTestId('convocation-number');
    this.deliveriesMissing = page.getByTestId('deliveries-missing');
    this.deliveries = page.getByRole('table', { name: 'Entrega de la convocatoria (cargos)' });
  }

  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async expectShown(title: string | RegExp): Promise<void> {
    await expect(this.title).toHaveText(title);
  }

  async openTab(tab: SessionTab): Promise<void> {
    await this.page.getByRole('tab', { name: tab }).click();
    await expect(this.page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  }

  // Agenda

  /** Each item as printed: "5. Pedidos", "6.1 Seguimiento de acuerdos". */
  async agendaLines(): Promise<string[]> {
    return this.agenda.getByRole('listitem').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
  }

  agendaItem(title: string): Locator {
    return this.agenda.getByRole('listitem').filter({ hasText: title });
  }

  async addAgendaItem(title: string, kind = 'Orden del día'): Promise<void> {
    await this.page.getByRole('button', { name: 'Agregar punto' }).click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('textbox', { name: 'Tema' }).fill(title);
    await choose(this.page, this.dialog.getByRole('combobox', { name: 'Tipo de punto' }), kind);
    await this.dialog.getByRole('button', { name: 'Agregar a la agenda' }).click();
    await readNotice(this.page, `Se agregó «${title}» a la agenda.`);
    await expect(this.dialog).toBeHidden();
  }

  /** "Copiar la agenda de la sesión anterior", then the notice that says what it brought. */
  async copyPreviousAgenda(said: RegExp): Promise<void> {
    await this.page.getByRole('button', { name: 'Copiar la agenda de la sesión anterior' }).click();
    await readNotice(this.page, said);
  }

  /** "Mover a la posición…": `title` goes to `position`, now held by `occupant`, in one move. */
  async moveToPosition(title: string, position: number, occupant: string): Promise<void> {
    await this.page.getByRole('button', { name: `Mover «${title}» a otra posición` }).click();
    await expect(this.dialog).toBeVisible();
    await choose(this.page, this.dialog.getByRole('combobox', { name: 'Nueva posición' }), `Posición ${position}, hoy «${occupant}»`);
    await this.dialog.getByRole('button', { name: 'Mover', exact: true }).click();
    await readNotice(this.page, `Se movió «${title}».`);
    await expect(this.dialog).toBeHidden();
  }

  async moveUp(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Subir «${title}»` }).click();
  }

  /**
   * Picks the item up by its handle with the keyboard (space), moves it `steps` places up with the
   * arrow key and drops it (space), following what the screen reader is told after each key.
   */
  async moveUpWithKeyboard(title: string, steps: number): Promise<void> {
    await this.moveWithKeyboard(title, -steps);
  }

  /** As `moveUpWithKeyboard`, downwards. */
  async moveDownWithKeyboard(title: string, steps: number): Promise<void> {
    await this.moveWithKeyboard(title, steps);
  }

  /** `offset` places down (positive) or up (negative) in one pick-up and one drop. */
  private async moveWithKeyboard(title: string, offset: number): Promise<void> {
    const handle = this.page.getByRole('button', { name: `Arrastrar para mover «${title}»` });
    const from = (await this.agendaLines()).findIndex((line) => line.endsWith(title)) + 1;
    const step = Math.sign(offset);
    await handle.focus();
    await this.page.keyboard.press('Space');
    await expect(this.page.getByText(`Tomó el punto «${title}», en la posición ${from} de`)).toBeAttached();
    for (let position = from + step; position !== from + offset + step; position += step) {
      const announced = this.page.getByText(`«${title}» está en la posición ${position} de`);
      // The drag listens to the arrow keys from the tick after it starts: press until it moves.
      await expect(async () => {
        if ((await announced.count()) === 0) await this.page.keyboard.press(step < 0 ? 'ArrowUp' : 'ArrowDown');
        await expect(announced).toBeAttached({ timeout: 200 });
      }).toPass();
    }
    await this.page.keyboard.press('Space');
    await expect(this.page.getByText(`«${title}» quedó en la posición ${from + offset} de`)).toBeAttached();
  }

  // Convocation

  async issueConvocation(): Promise<void> {
    await this.page.getByRole('button', { name: 'Emitir convocatoria' }).click();
    await expect(this.dialog).toContainText('Los números emitidos no se reutilizan');
    await this.dialog.getByRole('button', { name: 'Emitir convocatoria' }).click();
    await readNotice(this.page, /^Se emitió la convocatoria: OFICIO MÚLTIPLE N°/);
  }

  async recordDelivery(institution: string, receivedBy: string): Promise<void> {
    await this.deliveries.getByRole('button', { name: `Cargo de ${institution}` }).click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('textbox', { name: 'Recibido por' }).fill(receivedBy);
    await this.dialog.getByRole('button', { name: 'Guardar cargo' }).click();
    await readNotice(this.page, `Se registró el cargo de «${institution}».`);
    await expect(this.dialog).toBeHidden();
  }

  /** Ticks an addressee's row, or every pending row with the header's box when `institution` is omitted. */
  async tickDelivery(institution?: string): Promise<void> {
    const name = institution === undefined ? 'Seleccionar todas las pendientes' : `Seleccionar ${institution}`;
    await this.deliveries.getByRole('checkbox', { name, exact: true }).check();
  }

  /** Records one date for the ticked rows in one dialog; `count` is how many the dialog says it covers. */
  async recordTickedDeliveries(count: number, receivedBy: string): Promise<void> {
    await this.page.getByRole('button', { name: `Registrar entrega de las marcadas (${count})` }).click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('textbox', { name: 'Recibido por' }).fill(receivedBy);
    const receipts = count === 1 ? '1 cargo' : `${count} cargos`;
    await this.dialog.getByRole('button', { name: `Guardar ${receipts}` }).click();
    await readNotice(this.page, count === 1 ? 'Se registró 1 cargo.' : `Se registraron ${receipts}.`);
    await expect(this.dialog).toBeHidden();
  }

  deliveryRow(institution: string): Locator {
    return this.deliveries.getByRole('row').filter({ hasText: institution });
  }

  // Attendance

  /** The names of the institutions with vote in the roll call, in order. */
  async votingInstitutions(): Promise<string[]> {
    const table = this.page.getByRole('table', { name: /^Instituciones con voto/ });
    return table.getByTestId('roll-call-row').evaluateAll((rows) => rows.map((row) => row.querySelector('td p')?.textContent ?? ''));
  }

  /** "Todos los titulares presentes": done once the page says it is saved. */
  async markAllTitularesPresent(): Promise<void> {
    await this.page.getByRole('button', { name: 'Todos los titulares presentes' }).click();
    await expect(this.page.getByTestId('roll-call-save-state')).toHaveAttribute('data-pending', 'false');
  }

  /** The status each institution with vote is marked with, in order ("titular", "absent"…). */
  async votingStatuses(): Promise<string[]> {
    const table = this.page.getByRole('table', { name: /^Instituciones con voto/ });
    return table.getByTestId('roll-call-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status') ?? ''));
  }

  /** One click on the institution's status, as in a roll call; done once the page says it is saved. */
  async mark(institution: string, status: AttendanceStatus): Promise<void> {
    const control = this.page.getByRole('radiogroup', { name: `Asistencia de ${institution}`, exact: true });
    await control.getByText(status, { exact: true }).click();
    await expect(control.getByRole('radio', { name: status, exact: true })).toBeChecked();
    await expect(this.page.getByTestId('roll-call-save-state')).toHaveAttribute('data-pending', 'false');
  }
}
