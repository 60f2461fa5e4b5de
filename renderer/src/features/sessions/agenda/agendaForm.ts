/** An agenda item as the form holds it; the same inputs add an item or edit one. */
import { useForm, type UseFormReturnType } from '@mantine/form';
import { type AgendaItem, agendaItemInput } from '../../../../../shared/domain/sessions';
import type { AgendaKind } from '../../../../../shared/rules/agenda';
import { schemaErrors, validateChangedOnBlur } from '../../../lib/forms';

export interface AgendaItemValues {
  title: string;
  kind: AgendaKind;
  /** The presenting institution's id as the select holds it; null for none. */
  presenter: string | null;
  notes: string;
}

export type AgendaItemForm = UseFormReturnType<AgendaItemValues>;

/** Items added by hand are usually matters to decide: the standing ones come with the session. */
const NEW_ITEM: AgendaItemValues = { title: '', kind: 'orden_del_dia', presenter: null, notes: '' };

export function toAgendaFields({ presenter, ...values }: AgendaItemValues) {
  return { ...values, presenterInstitutionId: presenter === null ? null : Number(presenter) };
}

/** The form's "presenter" is the contract's "presenterInstitutionId". */
export const agendaPath = (path: string): string | null =>
  path === 'presenterInstitutionId' ? 'presenter' : path === 'sessionId' || path === 'id' ? null : path;

export function useAgendaItemForm(existing: AgendaItem | null): AgendaItemForm {
  return useForm<AgendaItemValues>({
    initialValues: existing
      ? {
          title: existing.title,
          kind: existing.kind,
          presenter: existing.presenterInstitutionId === null ? null : String(existing.presenterInstitutionId),
          notes: existing.notes,
        }
      : NEW_ITEM,
    // The session id only completes the input: any valid id checks the fields the same way.
    validate: (values) => schemaErrors(agendaItemInput, { ...toAgendaFields(values), sessionId: 1 }, agendaPath),
    enhanceGetInputProps: validateChangedOnBlur,
  });
}
