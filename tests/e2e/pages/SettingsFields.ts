/**
 * The instancia's settings as inputs: the same parts appear as the wizard's steps and as the tabs
 * of "Instancia", so both page objects fill and read them through this one.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { TaskforceData } from '../data';
import { choose } from './ui';

export type QuorumKind = 'majority' | 'fraction' | 'fixed';

const KIND_LABELS: Record<QuorumKind, string> = {
  majority: 'la mitad más uno de las instituciones con voto',
  fraction: 'una fracción de las instituciones con voto',
  fixed: 'un número fijo de instituciones con voto',
};

const CALL_LABELS = { first: 'En primera convocatoria, el quórum es', second: 'En segunda convocatoria, el quórum es' };

export class SettingsFields {
  constructor(readonly page: Page) {}

  /** A text input by its exact label (required asterisks are drawn by CSS, not part of the name). */
  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  get level(): Locator {
    return this.page.getByRole('combobox', { name: 'Nivel' });
  }

  /** "Propuesta: «…»." under the official name, with its "Usar este nombre" button. */
  get officialNameProposal(): Locator {
    return this.page.getByText(/^Propuesta:/);
  }

  async fillIdentity(d: TaskforceData): Promise<void> {
    await choose(this.page, this.level, d.level);
    await this.field('Distrito').fill(d.district);
    await this.field('Provincia').fill(d.province);
    await this.field('Región').fill(d.region);
    await this.field('Nombre oficial').fill(d.officialName);
    await this.field('Nombre corto').fill(d.shortName);
    await this.field('Ordenanza de creación').fill(d.ordinanceNumber);
    await this.field('Fecha de la ordenanza').fill(d.ordinanceDate);
    await this.field('Fecha de instalación').fill(d.installationDate);
  }

  async fillGovernance(d: TaskforceData): Promise<void> {
    await this.field('Institución que preside').fill(d.presidencyInstitution);
    await this.field('Nombre de quien preside').fill(d.presidencyPerson);
    await this.field('Cargo').fill(d.presidencyPost);
    await this.field('Unidad a cargo').fill(d.secretariatUnit);
    await this.field('Persona responsable').fill(d.secretariatResponsible);
    await this.field('Cargo de la persona responsable').fill(d.secretariatPost);
    await this.field('Teléfono').fill(d.secretariatPhone);
    await this.field('Correo electrónico').fill(d.secretariatEmail);
  }

  async fillDocumentIdentity(d: TaskforceData): Promise<void> {
    await this.field('Lugar para las fechas').fill(d.placeName);
    await this.field('Siglas de la entidad').fill(d.entityAcronym);
    await this.field('Siglas de la unidad').fill(d.unitAcronym);
  }

  /** The pattern input of one document type, e.g. "Acta". */
  numberingPattern(documentName: string): Locator {
    return this.page.getByRole('textbox', { name: `Formato de numeración: ${documentName}`, exact: true });
  }

  /** The live example of the first number of the year, in the same row as the pattern. */
  numberingPreview(documentName: string): Locator {
    return this.page.getByRole('row').filter({ has: this.numberingPattern(documentName) }).getByRole('cell').last();
  }

  /** One year's official name, with its dates. */
  yearName(year: number | string): Locator {
    return this.page.getByRole('group', { name: `Denominación del año ${year}`, exact: true });
  }

  /** Adds the next year and types its official name; returns the new year's group. */
  async addYearName(year: number, name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Agregar un año' }).click();
    const group = this.yearName(year);
    await group.getByRole('textbox', { name: 'Denominación del año', exact: true }).fill(name);
    return group;
  }

  get logoFile(): Locator {
    return this.page.getByLabel('Archivo del logo');
  }

  get logoPreview(): Locator {
    return this.page.getByRole('img', { name: 'Vista previa del logo' });
  }

  quorumRule(call: 'first' | 'second'): Locator {
    return this.page.getByRole('radiogroup', { name: CALL_LABELS[call] });
  }

  /**
   * Picks a rule and types its numbers, e.g. `{ 'Numerador de la fracción': 3 }`. The first call's
   * inputs come before the second call's, so "first" is the first such input and "second" the last.
   */
  async chooseQuorum(call: 'first' | 'second', kind: QuorumKind, numbers: Record<string, number> = {}): Promise<void> {
    await this.quorumRule(call).getByRole('radio', { name: KIND_LABELS[kind] }).check();
    for (const [label, value] of Object.entries(numbers)) {
      await this.inOrder(this.page.getByRole('textbox', { name: label, exact: true }), call).fill(String(value));
    }
  }

  /** The sentence under a quorum rule: "… el quórum sería de 10." */
  quorumSentence(call: 'first' | 'second'): Locator {
    return this.inOrder(this.page.getByRole('status').filter({ hasText: 'el quórum' }), call);
  }

  private inOrder(matches: Locator, call: 'first' | 'second'): Locator {
    return call === 'first' ? matches.first() : matches.last();
  }

  get secondCall(): Locator {
    return this.page.getByRole('switch', { name: 'El reglamento permite una segunda convocatoria' });
  }

  async expectIdentity(d: TaskforceData): Promise<void> {
    await expect(this.level).toHaveValue(d.level);
    for (const [label, value] of [
      ['Distrito', d.district],
      ['Provincia', d.province],
      ['Región', d.region],
      ['Nombre oficial', d.officialName],
      ['Nombre corto', d.shortName],
      ['Ordenanza de creación', d.ordinanceNumber],
      ['Fecha de la ordenanza', d.ordinanceDate],
      ['Fecha de instalación', d.installationDate],
    ] as const) {
      await expect(this.field(label), label).toHaveValue(value);
    }
  }
}
