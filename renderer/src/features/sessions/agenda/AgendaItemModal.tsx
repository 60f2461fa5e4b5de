/** Adds an item to the session's agenda, or edits one. */
import { Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../../shared/domain/sessions';
import { FormActions, FormModal } from '../../../components/FormModal';
import { requiredMark } from '../../../components/requiredMark';
import { showServerError } from '../../../lib/forms';
import { useInstitutionOptions } from '../../../lib/institutionOptions';
import { notifySuccess } from '../../../lib/notify';
import { useRevealFirstError } from '../../../lib/revealFirstError';
import { agendaKindOptions } from '../../../lib/sessionOptions';
import { useSessionsMutation } from '../queries';
import { agendaPath, toAgendaFields, useAgendaItemForm } from './agendaForm';

/** What the modal is for: a new item of a session, or an existing item. */
export type AgendaItemTarget = { sessionId: number; item: null } | { sessionId: number; item: AgendaItem };

export function AgendaItemModal({ target, onClose }: { target: AgendaItemTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const title = target?.item ? t('sessions.agenda.editTitle') : t('sessions.agenda.addTitle');
  return (
    <FormModal opened={target !== null} onClose={onClose} title={title}>
      {target && <AgendaItemBody target={target} onDone={onClose} />}
    </FormModal>
  );
}

function AgendaItemBody({ target, onDone }: { target: AgendaItemTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useAgendaItemForm(target.item);
  const add = useSessionsMutation('sessions.addAgendaItem');
  const update = useSessionsMutation('sessions.updateAgendaItem');
  const institutions = useInstitutionOptions();
  const { ref, reveal } = useRevealFirstError<HTMLFormElement>();

  const save = async () => {
    const fields = toAgendaFields(form.getValues());
    try {
      const saved = target.item
        ? await update.mutateAsync({ ...fields, id: target.item.id })
        : await add.mutateAsync({ ...fields, sessionId: target.sessionId });
      notifySuccess(t(target.item ? 'sessions.agenda.updated' : 'sessions.agenda.added', { item: saved.title }));
      onDone();
    } catch (error) {
      showServerError(form, error, agendaPath);
      reveal();
    }
  };

  return (
    <form ref={ref} onSubmit={form.onSubmit(() => void save(), reveal)} noValidate>
      <Stack gap="md">
        <TextInput label={t('sessions.agenda.itemTitle')} {...requiredMark} data-autofocus {...form.getInputProps('title')} />
        <Select label={t('sessions.agenda.kind')} description={t('sessions.agenda.kindHelp')} data={agendaKindOptions(t)} allowDeselect={false} {...requiredMark} {...form.getInputProps('kind')} />
        <Select
          label={t('sessions.agenda.presenter')}
          description={t('sessions.agenda.presenterHelp')}
          placeholder={t('sessions.agenda.noPresenter')}
          data={institutions}
          searchable
          clearable
          nothingFoundMessage={t('sessions.agenda.noInstitutionFound')}
          {...form.getInputProps('presenter')}
        />
        <Textarea label={t('sessions.agenda.notes')} description={t('sessions.agenda.notesHelp')} autosize minRows={2} maxRows={5} {...form.getInputProps('notes')} />
      </Stack>
      <FormActions
        onCancel={onDone}
        submitLabel={target.item ? t('common.saveChanges') : t('sessions.agenda.addSubmit')}
        loading={add.isPending || update.isPending}
      />
    </form>
  );
}
