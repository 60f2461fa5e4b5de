/** An agenda item as the form holds it; the same inputs add an item or edit one. */
import { type AgendaItem, agendaItemInput } from '../../../../../shared/domain/sessions';
import type { AgendaKind } from '../../../../../shared/rules/agenda';
import { schemaErrors } from '../../../lib/forms';

export interface AgendaItemValues extends Record<string, unknown> {
  title: string;
  kind: AgendaKind;
  /** The presenting institution's id as the select holds it; null for none. */
  presenter: string | null;
  notes: string;
}

/** Items added by hand are usually matters to decide: the standing ones come with the session. */
const NEW_ITEM: AgendaItemValues = { title: '', kind: 'orden_del_dia', presenter: null, notes: '' };

export function toAgendaFields({ presenter, ...values }: AgendaItemValues) {
  return { ...values, presenterInstitutionId: presenter === null ? null : Number(presenter) };
}

/** The form's "presenter" is the contract's "presenterInstitutionId". */
export const agendaPath = (path: string): string | null =>
  path === 'presenterInstitutionId' ? 'presenter' : path === 'sessionId' || path === 'id' ? null : path;

export function agendaItemValues(existing: AgendaItem | null): AgendaItemValues {
  if (!existing) return NEW_ITEM;
  const { title, kind, presenterInstitutionId, notes } = existing;
  return { title, kind, presenter: presenterInstitutionId === null ? null : String(presenterInstitutionId), notes };
}

// The session id only completes the input: any valid id checks the fields the same way.
export const validateAgendaItem = (values: AgendaItemValues) => schemaErrors(agendaItemInput, { ...toAgendaFields(values), sessionId: 1 }, agendaPath);
