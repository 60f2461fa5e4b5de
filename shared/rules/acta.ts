/** The acta's lifecycle: a draft is edited; from approval on, nothing in it changes. */

export const ACTA_STATUSES = ['borrador', 'aprobada', 'firmada'] as const;
export type ActaStatus = (typeof ACTA_STATUSES)[number];

/** An approved acta is in the book of actas: only fe de erratas entries may follow. */
export const isActaLocked = (status: ActaStatus): boolean => status !== 'borrador';

export const ADOPTION_KINDS = ['unanimity', 'majority', 'casting_vote'] as const;
export type AdoptionKind = (typeof ADOPTION_KINDS)[number];

export interface Votes {
  adoption: AdoptionKind;
  votesFor: number | null;
  votesAgainst: number | null;
  abstentions: number | null;
}

export type VoteProblem = 'votesRequired' | 'majorityNotReached' | 'notATie' | 'moreVotesThanPresent' | 'unanimityWithDissent';

/**
 * Checks a recorded vote against the institutions with vote present. A majority needs more votes
 * for than against; the presidency's casting vote only settles a tie.
 */
export function checkVotes(votes: Votes, presentVoting: number): VoteProblem | null {
  const { adoption, votesFor, votesAgainst, abstentions } = votes;
  if (adoption === 'unanimity') {
    if ((votesAgainst ?? 0) > 0) return 'unanimityWithDissent';
    if ((votesFor ?? 0) + (abstentions ?? 0) > presentVoting) return 'moreVotesThanPresent';
    return null;
  }
  if (votesFor === null || votesAgainst === null || abstentions === null) return 'votesRequired';
  if (votesFor + votesAgainst + abstentions > presentVoting) return 'moreVotesThanPresent';
  if (adoption === 'majority' && votesFor <= votesAgainst) return 'majorityNotReached';
  if (adoption === 'casting_vote' && votesFor !== votesAgainst) return 'notATie';
  return null;
}
