/** Display helpers for institutions: category names and a one-line description. */
import type { TFunction } from 'i18next';
import { INSTITUTION_CATEGORIES, type Institution } from '../../../../shared/domain/members';

export const categoryOptions = (t: TFunction) =>
  INSTITUTION_CATEGORIES.map((category) => ({ value: category, label: t(`members.categories.${category}`) }));

/** "Policía · Voz y voto · Red de lideresas" */
export function institutionLine(t: TFunction, institution: Pick<Institution, 'category' | 'hasVote' | 'inNetwork'>): string {
  return [
    t(`members.categories.${institution.category}`),
    t(institution.hasVote ? 'members.institution.withVote' : 'members.institution.voiceOnly'),
    institution.inNetwork ? t('members.institution.network') : null,
  ]
    .filter(Boolean)
    .join(' · ');
}
