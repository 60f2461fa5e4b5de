/** "Por mayoría: 5 a favor, 1 en contra, 0 abstenciones", as the acta states how it was adopted. */
import type { TFunction } from 'i18next';
import type { Agreement } from '../../../../shared/domain/agreements';

export function adoptionText(t: TFunction, agreement: Pick<Agreement, 'adoption' | 'votesFor' | 'votesAgainst' | 'abstentions'>): string {
  const kind = t(`acta.adoption.${agreement.adoption}`);
  const { votesFor, votesAgainst, abstentions } = agreement;
  if (votesFor === null || votesAgainst === null || abstentions === null) return kind;
  return t('acta.adoption.withVotes', {
    kind,
    votesFor: t('acta.adoption.votesFor', { count: votesFor }),
    votesAgainst: t('acta.adoption.votesAgainst', { count: votesAgainst }),
    abstentions: t('acta.adoption.abstentions', { count: abstentions }),
  });
}
