/** "Miembros": the roster in numbers, search and filters, the table, and the new-institution form. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { InstitutionData } from '../data';
import { InstitutionPage } from './InstitutionPage';
import { choose, readNotice } from './ui';

/** The categories as the app names them, in its order. */
export const CATEGORIES = [
  'Municipalidad',
  'Sistema de justicia',
  'Policía Nacional',
  'Salud',
  'Educación',
  'Sociedad civil',
  'Organización de mujeres',
  'Cooperación internacional',
  'Otra',
];

const STAT_LABELS = { active: 'instituciones activas', voting: 'con voto', network: 'de la red de lideresas' } as const;

export type StatusFilter = 'Activas' | 'Inactivas' | 'Todas';
export type NetworkFilter = 'Todas' | 'Solo de la red' | 'Fuera de la red';

export class MembersPage {
  readonly overview: Locator;
  readonly filters: Locator;
  readonly searchBox: Locator;
  readonly table: Locator;
  /** The institutions listed, by name (each is a link to its page). */
  readonly names: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.overview = page.getByRole('region', { name: 'Resumen de miembros' });
    this.filters = page.getByRole('search', { name: 'Buscar y filtrar' });
    this.searchBox = this.filters.getByRole('textbox', { name: 'Buscar' });
    this.table = page.getByRole('table', { name: 'Instituciones miembro' });
    this.names = this.table.getByRole('link');
    this.form = page.getByRole('dialog', { name: 'Nueva institución' });
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Miembros' })).toBeVisible();
  }

  /** The table's data rows (without the header row). */
  get rows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** Opens "Nueva institución" and fills it; `submit` registers it. */
  async fillNewInstitution(d: InstitutionData): Promise<void> {
    await this.page.getByRole('button', { name: 'Nueva institución' }).first().click();
    await expect(this.form).toBeVisible();
    await this.form.getByRole('textbox', { name: 'Institución', exact: true }).fill(d.name);
    if (d.acronym) await this.form.getByRole('textbox', { name: 'Siglas' }).fill(d.acronym);
    await choose(this.page, this.form.getByRole('combobox', { name: 'Categoría' }), d.category);
    if (d.voiceOnly) await this.form.getByRole('radio', { name: 'Solo voz (sin voto)' }).check();
    if (d.inNetwork) await this.form.getByRole('checkbox', { name: 'Pertenece a la red de lideresas' }).check();
    if (d.activeFrom) await this.form.getByRole('textbox', { name: 'Miembro desde' }).fill(d.activeFrom);
  }

  get nameField(): Locator {
    return this.form.getByRole('textbox', { name: 'Institución', exact: true });
  }

  async submit(): Promise<void> {
    await this.form.getByRole('button', { name: 'Registrar institución' }).click();
  }

  /** Registers an institution; the app opens its page, to accredit its representatives. */
  async createInstitution(d: InstitutionData): Promise<InstitutionPage> {
    await this.fillNewInstitution(d);
    await this.submit();
    await readNotice(this.page, `Se registró «${d.name}».`);
    const institution = new InstitutionPage(this.page);
    await institution.expectShown(d.name);
    return institution;
  }

  /** Registers an institution and goes back from its page to the list. */
  async addInstitution(d: InstitutionData): Promise<void> {
    await this.createInstitution(d);
    await this.page.getByRole('link', { name: 'Volver a Miembros' }).click();
    await this.expectShown();
  }

  async open(name: string): Promise<InstitutionPage> {
    await this.names.filter({ hasText: name }).click();
    const institution = new InstitutionPage(this.page);
    await institution.expectShown(name);
    return institution;
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
  }

  /** `null` picks "Todas las categorías", the list's first option. */
  async filterByCategory(category: string | null): Promise<void> {
    await choose(this.page, this.filters.getByRole('combobox', { name: 'Categoría' }), category ?? 'Todas las categorías');
  }

  async filterByNetwork(option: NetworkFilter): Promise<void> {
    await choose(this.page, this.filters.getByRole('combobox', { name: 'Red de lideresas' }), option);
  }

  async filterByStatus(option: StatusFilter): Promise<void> {
    const status = this.filters.getByRole('radiogroup', { name: 'Estado' });
    await status.getByText(option, { exact: true }).click();
    await expect(status.getByRole('radio', { name: option, exact: true })).toBeChecked();
  }

  /** The three numbers at the top: active institutions, with vote, of the network. */
  async stats(): Promise<Record<keyof typeof STAT_LABELS, number>> {
    const texts = await this.overview.getByRole('paragraph').allInnerTexts();
    const valueOf = (label: string) => Number(texts[texts.indexOf(label) - 1]);
    return { active: valueOf(STAT_LABELS.active), voting: valueOf(STAT_LABELS.voting), network: valueOf(STAT_LABELS.network) };
  }

  /** "Por categoría": each category shown, with its count. */
  async categoryCounts(): Promise<Record<string, number>> {
    const texts = await this.overview.getByRole('paragraph').allInnerTexts();
    return Object.fromEntries(
      texts.flatMap((text, i) => (CATEGORIES.includes(text) ? [[text, Number(texts[i + 1])] as const] : [])),
    );
  }

  /** "1 de 2 asientos con voto (50 %) son de organizaciones de la red." */
  get networkShare(): Locator {
    return this.overview.getByText(/asientos con voto|Aún no hay instituciones con voto/);
  }
}
