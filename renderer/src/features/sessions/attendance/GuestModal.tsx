/** Adds a guest to the session, or corrects one: people with voice and no vote. */
import { Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Guest, guestInput } from '../../../../../shared/domain/sessions';
import { FormDialogForm } from '../../../components/FormDialogForm';
import { FormModal } from '../../../components/FormModal';
import { requiredMark } from '../../../components/requiredMark';
import { schemaErrors } from '../../../lib/forms';
import { useSessionsMutation } from '../queries';

/** A new guest of a session, or an existing guest. */
export type GuestTarget = { sessionId: number; guest: Guest | null };

export function GuestModal({ target, onClose }: { target: GuestTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={target !== null} onClose={onClose} title={t(target?.guest ? 'sessions.guests.editTitle' : 'sessions.guests.addTitle')}>
      {target && <GuestForm target={target} onDone={onClose} />}
    </FormModal>
  );
}

function GuestForm({ target, onDone }: { target: GuestTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useSessionsMutation('sessions.addGuest');
  const update = useSessionsMutation('sessions.updateGuest');
  const { guest, sessionId } = target;
  return (
    <FormDialogForm
      initialValues={{ fullName: guest?.fullName ?? '', institutionName: guest?.institutionName ?? '', post: guest?.post ?? '' }}
      validate={(values) => schemaErrors(guestInput, { ...values, sessionId })}
      save={async (values) => {
        if (guest) await update.mutateAsync({ ...values, id: guest.id });
        else await add.mutateAsync({ ...values, sessionId });
        return values.fullName.trim();
      }}
      fields={(form) => (
        <Stack gap="md">
          <TextInput label={t('sessions.guests.fullName')} {...requiredMark} data-autofocus {...form.getInputProps('fullName')} />
          <TextInput label={t('sessions.guests.institution')} {...form.getInputProps('institutionName')} />
          <TextInput label={t('sessions.guests.post')} {...form.getInputProps('post')} />
        </Stack>
      )}
      submitLabel={guest ? t('common.saveChanges') : t('sessions.guests.addSubmit')}
      savedMessage={(name) => t(guest ? 'sessions.guests.updated' : 'sessions.guests.added', { name })}
      onDone={onDone}
    />
  );
}
