/** The frame around every section: the header (short name, DEMO badge, language) and the sidebar. */
import { expect, type Locator, type Page } from '@playwright/test';

export const SECTIONS_ES = ['Inicio', 'Instancia', 'Miembros', 'Sesiones', 'Acuerdos', 'Plan de acción', 'Protocolo', 'Documentos', 'Respaldo'];
export const SECTIONS_EN = ['Home', 'Task force', 'Members', 'Sessions', 'Agreements', 'Action plan', 'Protocol', 'Documents', 'Backup'];

export type Language = 'Español' | 'English';

export class ShellPage {
  readonly shortName: Locator;
  readonly demoBadge: Locator;
  readonly demoBanner: Locator;
  readonly backToRealButton: Locator;

  constructor(readonly page: Page) {
    this.shortName = page.getByTestId('taskforce-short-name');
    this.demoBadge = page.getByText('DEMO', { exact: true });
    this.demoBanner = page.getByRole('region', { name: 'Aviso de datos de ejemplo' });
    this.backToRealButton = this.demoBanner.getByRole('button', { name: 'Volver a mis datos' });
  }

  /** Opens the app of a configured instancia at the host's address; it starts on "Inicio". */
  async open(url: string): Promise<this> {
    await this.page.goto(url);
    await expect(this.navigation.getByRole('link', { name: /^(Inicio|Home)$/ })).toHaveAttribute('aria-current', 'page');
    return this;
  }

  /** The sidebar, "Secciones" or "Sections". */
  get navigation(): Locator {
    return this.page.getByRole('navigation', { name: /^(Secciones|Sections)$/ });
  }

  /** "Idioma" or "Language". */
  get languageSwitch(): Locator {
    return this.page.getByRole('radiogroup', { name: /^(Idioma|Language)$/ });
  }

  /** Opens a section from the sidebar and waits for its title. */
  async goTo(section: string, title = section): Promise<void> {
    await this.navigation.getByRole('link', { name: section, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  async expectSections(names: readonly string[]): Promise<void> {
    await expect(this.navigation.getByRole('link')).toHaveText([...names]);
  }

  /** The Español / English switch, in the header of every screen. */
  async switchLanguage(language: Language): Promise<void> {
    // The radio itself is drawn as a segment: the user clicks the word.
    await this.languageSwitch.getByText(language, { exact: true }).click();
    await expect(this.languageSwitch.getByRole('radio', { name: language })).toBeChecked();
  }

  async backToRealData(): Promise<void> {
    await this.backToRealButton.click();
  }
}
