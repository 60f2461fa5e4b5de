/**
 * How many member institutions with vote must be present for a valid session. Peru's rules for
 * collegiate bodies default to an absolute majority ("mitad más uno"); each reglamento interno may
 * set another threshold, and a lower one on second call.
 */

export type QuorumThreshold =
  | { kind: 'majority' }
  | { kind: 'fraction'; numerator: number; denominator: number }
  | { kind: 'fixed'; count: number };

export interface QuorumRule {
  firstCall: QuorumThreshold;
  /** null when the reglamento allows no second call. */
  secondCall: QuorumThreshold | null;
}

export const DEFAULT_QUORUM_RULE: QuorumRule = { firstCall: { kind: 'majority' }, secondCall: null };

/** Institutions needed for quorum out of `votingMembers` institutions with vote. */
export function requiredForQuorum(votingMembers: number, threshold: QuorumThreshold): number {
  if (votingMembers <= 0) return 0;
  switch (threshold.kind) {
    case 'majority':
      return Math.floor(votingMembers / 2) + 1;
    case 'fraction':
      return Math.min(votingMembers, Math.ceil((votingMembers * threshold.numerator) / threshold.denominator));
    case 'fixed':
      return Math.min(votingMembers, threshold.count);
  }
}
