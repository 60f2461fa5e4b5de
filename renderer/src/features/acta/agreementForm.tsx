/**
 * An agreement as its form holds it, for adopting a new one and for editing. The shared schema and
 * the shared vote rule check it as the user types; the backend checks the same again.
 */
import type { FormErrors, UseFormReturnType } from '@mantine/form';
import { type Agreement, agreementInput, agreementUpdateInput } from '../../../../shared/domain/agreements';
import type { MessageKey } from '../../../../shared/messages';
import { type AdoptionKind, checkVotes } from '../../../../shared/rules/acta';
import { call } from '../../api';
import { type PathMap, schemaErrors } from '../../lib/forms';
import { Msg } from '../../lib/messages';

type Votes = number | '';

export interface AgreementValues extends Record<string, unknown> {
  text: string;
  /** Institution ids as the multi-select holds them. */
  responsibleIds: string[];
  secretariatResponsible: boolean;
  deadline: string | null;
  adoption: AdoptionKind;
  votesFor: Votes;
  votesAgainst: Votes;
  abstentions: Votes;
}

export type AgreementForm = UseFormReturnType<AgreementValues>;

export type AgreementAction = { kind: 'adopt'; agendaItemId: number } | { kind: 'edit'; agreement: Agreement };

export function agreementValues(action: AgreementAction): AgreementValues {
  if (action.kind === 'adopt') {
    return { text: '', responsibleIds: [], secretariatResponsible: false, deadline: null, adoption: 'unanimity', votesFor: '', votesAgainst: '', abstentions: '' };
  }
  const a = action.agreement;
  const votes = (n: number | null): Votes => n ?? '';
  return {
    text: a.text,
    responsibleIds: a.responsibleIds.map(String),
    secretariatResponsible: a.secretariatResponsible,
    deadline: a.deadline,
    adoption: a.adoption,
    votesFor: votes(a.votesFor),
    votesAgainst: votes(a.votesAgainst),
    abstentions: votes(a.abstentions),
  };
}

/** The agreement's fields as the contract takes them; votes only when they were counted. */
function fields(values: AgreementValues, acknowledgedSensitive: boolean) {
  const counted = values.adoption !== 'unanimity';
  const votes = (n: Votes) => (counted && n !== '' ? n : null);
  return {
    text: values.text,
    responsibleIds: values.responsibleIds.map(Number),
    secretariatResponsible: values.secretariatResponsible,
    deadline: values.deadline,
    adoption: values.adoption,
    votesFor: votes(values.votesFor),
    votesAgainst: votes(values.votesAgainst),
    abstentions: votes(values.abstentions),
    acknowledgedSensitive,
  };
}

/** The three vote counts share one message, under them. */
export const mapAgreementPath: PathMap = (path) => {
  if (path === 'agendaItemId' || path === 'id') return null;
  if (path === 'votesFor' || path === 'votesAgainst' || path === 'abstentions') return 'votes';
  return path;
};

export function submitAgreement(action: AgreementAction, values: AgreementValues, acknowledgedSensitive: boolean): Promise<Agreement> {
  const input = fields(values, acknowledgedSensitive);
  return action.kind === 'adopt'
    ? call('agreements.adopt', { ...input, agendaItemId: action.agendaItemId })
    : call('agreements.update', { ...input, id: action.agreement.id });
}

export function validateAgreement(action: AgreementAction, values: AgreementValues, presentVoting: number): FormErrors {
  const input = fields(values, true);
  const errors =
    action.kind === 'adopt'
      ? schemaErrors(agreementInput, { ...input, agendaItemId: action.agendaItemId }, mapAgreementPath)
      : schemaErrors(agreementUpdateInput, { ...input, id: action.agreement.id }, mapAgreementPath);
  const problem = errors.votes ? null : checkVotes(input, presentVoting);
  if (problem) errors.votes = <Msg k={`agreements.${problem}` as MessageKey} params={{ present: presentVoting }} />;
  return errors;
}
