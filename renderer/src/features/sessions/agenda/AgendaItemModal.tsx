/** Adds an item to the session's agenda, or edits one. */
import { Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../../shared/domain/sessions';
import { FormDialogForm } from '../../../components/FormDialogForm';
import { FormModal } from '../../../components/FormModal';
import { requiredMark } from '../../../components/requiredMark';
import { useInstitutionOptions } from '../../../lib/institutionOptions';
import { agendaKindOptions } from '../../../lib/sessionOptions';
import { useSessionsMutation } from '../queries';
import { agendaItemValues, agendaPath, toAgendaFields, validateAgendaItem } from './agendaForm';

/** What the modal is for: a new item of a session, or an existing item. */
export type AgendaItemTarget = { sessionId: number; item: null } | { sessionId: number; item: AgendaItem };

export function AgendaItemModal({ target, onClose }: { target: AgendaItemTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const title = target?.item ? t('sessions.agenda.editTitle') : t('sessions.agenda.addTitle');
  return (
    <FormModal opened={target !== null} onClose={onClose} title={title}>
      {target && <AgendaItemForm target={target} onDone={onClose} />}
    </FormModal>
  );
}

function AgendaItemForm({ target, onDone }: { target: AgendaItemTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useSessionsMutation('sessions.addAgendaItem');
  const update = useSessionsMutation('sessions.updateAgendaItem');
  const institutions = useInstitutionOptions();
  return (
    <FormDialogForm
      initialValues={agendaItemValues(target.item)}
      validate={validateAgendaItem}
      save={(values) => {
        const fields = toAgendaFields(values);
        return target.item ? update.mutateAsync({ ...fields, id: target.item.id }) : add.mutateAsync({ ...fields, sessionId: target.sessionId });
      }}
      mapPath={agendaPath}
      fields={(form) => (
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
      )}
      submitLabel={target.item ? t('common.saveChanges') : t('sessions.agenda.addSubmit')}
      savedMessage={(saved) => t(target.item ? 'sessions.agenda.updated' : 'sessions.agenda.added', { item: saved.title })}
      onDone={onDone}
    />
  );
}
