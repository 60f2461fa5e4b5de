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

export type SessionCall = 'first' | 'second';

/** The threshold that applies on a call; without a configured second call the first one applies. */
export function thresholdFor(rule: QuorumRule, call: SessionCall): QuorumThreshold {
  return call === 'second' && rule.secondCall !== null ? rule.secondCall : rule.firstCall;
}

export type AttendanceStatus = 'titular' | 'alterno' | 'absent' | 'excused';

export interface RollCallEntry {
  hasVote: boolean;
  status: AttendanceStatus;
}

export interface QuorumStatus {
  /** Institutions with vote on the session's roster. */
  votingMembers: number;
  /** Of those, how many are present (by titular or alterno; each institution once). */
  present: number;
  required: number;
  met: boolean;
  /** How many more institutions with vote must arrive; 0 when met. */
  missing: number;
}

/**
 * Quorum is counted per institution: its titular or its alterno makes it present, once. Voice-only
 * participants (institutions without vote, guests) never count.
 */
export function quorumStatus(roster: readonly RollCallEntry[], rule: QuorumRule, call: SessionCall): QuorumStatus {
  const voting = roster.filter((entry) => entry.hasVote);
  const present = voting.filter((entry) => entry.status === 'titular' || entry.status === 'alterno').length;
  const required = requiredForQuorum(voting.length, thresholdFor(rule, call));
  const met = voting.length > 0 && present >= required;
  return { votingMembers: voting.length, present, required, met, missing: Math.max(0, required - present) };
}
