/** "Sesiones": the list of sessions, its filters, and the new-session form. */
import { expect, type Locator, type Page } from '@playwright/test';
import { SessionPage } from './SessionPage';
import { choose, readNotice } from './ui';

export interface SessionData {
  kind?: 'Ordinaria' | 'Extraordinaria' | 'De instalación';
  /** dd/mm/aaaa. */
  date: string;
  /** HH:MM. */
  firstCallTime: string;
  mode?: 'Presencial' | 'Virtual' | 'Mixta';
  place?: string;
  virtualLink?: string;
}

/** Types "HH:MM" into a time field: the hours, then the minutes the cursor jumps to. */
export async function typeTime(hours: Locator, time: string): Promise<void> {
  await hours.click();
  await hours.page().keyboard.type(time.replace(':', ''));
}

export class SessionsPage {
  readonly table: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Sesiones de la instancia' });
    this.form = page.getByRole('dialog', { name: 'Nueva sesión' });
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Sesiones' })).toBeVisible();
  }

  /** The sessions listed, by title (each is a link to its page). */
  get titles(): Locator {
    return this.table.getByRole('link');
  }

  row(title: string | RegExp): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name: title }) });
  }

  formField(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  /** A time field's value as "HH:MM" (it is typed as hours, then minutes). */
  async timeValue(label: string): Promise<string> {
    const hours = await this.formField(label).inputValue();
    const minutes = await this.form.getByLabel(`Minutos de «${label}»`).inputValue();
    return `${hours}:${minutes}`;
  }

  /** Opens "Nueva sesión" and fills it; `submit` registers it. */
  async fillNewSession(d: SessionData): Promise<void> {
    await this.page.getByRole('button', { name: 'Nueva sesión' }).first().click();
    await expect(this.form).toBeVisible();
    if (d.kind) await choose(this.page, this.form.getByRole('combobox', { name: 'Tipo de sesión' }), d.kind);
    await this.formField('Fecha').fill(d.date);
    await typeTime(this.formField('Primera convocatoria'), d.firstCallTime);
    if (d.mode) await this.form.getByRole('radiogroup', { name: 'Modalidad' }).getByText(d.mode, { exact: true }).click();
    if (d.place !== undefined) await this.formField('Lugar').fill(d.place);
    if (d.virtualLink !== undefined) await this.formField('Enlace de la reunión virtual').fill(d.virtualLink);
  }

  async submit(): Promise<void> {
    await this.form.getByRole('button', { name: 'Registrar sesión' }).click();
  }

  /** Registers a session; the app then opens its page. */
  async createSession(d: SessionData): Promise<SessionPage> {
    await this.fillNewSession(d);
    await this.submit();
    await readNotice(this.page, /^Se registró la «Sesión/);
    const session = new SessionPage(this.page);
    await session.expectShown(/^Sesión/);
    return session;
  }

  async open(title: string | RegExp): Promise<SessionPage> {
    await this.titles.filter({ hasText: title }).first().click();
    const session = new SessionPage(this.page);
    await session.expectShown(title);
    return session;
  }
}
