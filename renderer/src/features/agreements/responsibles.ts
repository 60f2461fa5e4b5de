/**
 * Who answers for an agreement and who reported on it, as the screens show them. The backend names
 * the secretaría técnica in Spanish ('Secretaría Técnica'), as the documents need it; on screen it
 * reads in the user's language, so it is told apart by the contract's flag or null, never by name.
 */
import type { TFunction } from 'i18next';
import type { AgreementRow, FollowUp } from '../../../../shared/domain/agreements';

/** An institution's name, or the secretaría técnica where the contract has no institution (null). */
export const institutionLabel = (t: TFunction, institutionId: number | null, name: string): string =>
  institutionId === null ? t('agreements.secretariat') : name;

/** Lead first, then co-responsibles, then the secretaría técnica, which the backend lists last when it is responsible. */
export function responsibleLabels(t: TFunction, row: Pick<AgreementRow, 'responsibleNames' | 'secretariatResponsible'>): string[] {
  if (!row.secretariatResponsible) return row.responsibleNames;
  return [...row.responsibleNames.slice(0, -1), t('agreements.secretariat')];
}

export const reporterLabel = (t: TFunction, followUp: Pick<FollowUp, 'institutionId' | 'reporter'>): string =>
  institutionLabel(t, followUp.institutionId, followUp.reporter);
