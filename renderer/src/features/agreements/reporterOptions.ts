/**
 * Who can report on an agreement: its responsibles first (those who usually report), then the
 * other member institutions; the secretaría técnica is always offered.
 */
import { useTranslation } from 'react-i18next';
import type { AgreementRow } from '../../../../shared/domain/agreements';
import { useInstitutionOptions } from '../../lib/institutionOptions';
import { SECRETARIAT } from './secretariat';

export function useReporterOptions(agreement: AgreementRow) {
  const { t } = useTranslation();
  // Names line up with ids; the secretaría técnica, when responsible, is listed after them.
  const responsibles = agreement.responsibleIds.map((id, i) => ({ id, name: agreement.responsibleNames[i] ?? '' }));
  const institutions = useInstitutionOptions(responsibles);
  const secretariat = { value: SECRETARIAT, label: t('agreements.secretariat') };
  const isResponsible = (value: string) => responsibles.some((r) => String(r.id) === value);
  const first = responsibles.map((r) => ({ value: String(r.id), label: r.name }));
  const others = institutions.filter((o) => !isResponsible(o.value));
  return [
    { group: t('agreements.followUp.responsibleGroup'), items: agreement.secretariatResponsible ? [...first, secretariat] : first },
    { group: t('agreements.followUp.othersGroup'), items: agreement.secretariatResponsible ? others : [secretariat, ...others] },
  ].filter((group) => group.items.length > 0);
}
