/** Adds a guest to the session, or corrects one: people with voice and no vote. */
import { Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type Guest, guestInput } from '../../../../../shared/domain/sessions';
import { FormActions, FormModal } from '../../../components/FormModal';
import { requiredMark } from '../../../components/requiredMark';
import { schemaErrors, showServerError, validateChangedOnBlur } from '../../../lib/forms';
import { notifySuccess } from '../../../lib/notify';
import { useSessionsMutation } from '../queries';

/** A new guest of a session, or an existing guest. */
export type GuestTarget = { sessionId: number; guest: Guest | null };

export function GuestModal({ target, onClose }: { target: GuestTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={target !== null} onClose={onClose} title={t(target?.guest ? 'sessions.guests.editTitle' : 'sessions.guests.addTitle')}>
      {target && <GuestBody target={target} onDone={onClose} />}
    </FormModal>
  );
}

function GuestBody({ target, onDone }: { target: GuestTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useSessionsMutation('sessions.addGuest');
  const update = useSessionsMutation('sessions.updateGuest');
  const { guest, sessionId } = target;
  const form = useForm({
    initialValues: { fullName: guest?.fullName ?? '', institutionName: guest?.institutionName ?? '', post: guest?.post ?? '' },
    validate: (values) => schemaErrors(guestInput, { ...values, sessionId }),
    enhanceGetInputProps: validateChangedOnBlur,
  });

  const save = async () => {
    const values = form.getValues();
    try {
      if (guest) await update.mutateAsync({ ...values, id: guest.id });
      else await add.mutateAsync({ ...values, sessionId });
      notifySuccess(t(guest ? 'sessions.guests.updated' : 'sessions.guests.added', { name: values.fullName.trim() }));
      onDone();
    } catch (error) {
      showServerError(form, error);
    }
  };

  return (
    <form onSubmit={form.onSubmit(() => void save())} noValidate>
      <Stack gap="md">
        <TextInput label={t('sessions.guests.fullName')} {...requiredMark} data-autofocus {...form.getInputProps('fullName')} />
        <TextInput label={t('sessions.guests.institution')} {...form.getInputProps('institutionName')} />
        <TextInput label={t('sessions.guests.post')} {...form.getInputProps('post')} />
      </Stack>
      <FormActions
        onCancel={onDone}
        submitLabel={guest ? t('common.saveChanges') : t('sessions.guests.addSubmit')}
        loading={add.isPending || update.isPending}
      />
    </form>
  );
}
