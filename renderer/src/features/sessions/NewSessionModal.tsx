/** Registers a new session, prefilled from the instancia's settings, then opens its page. */
import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Taskforce } from '../../../../shared/domain/taskforce';
import { FormActions, FormModal } from '../../components/FormModal';
import { useTaskforce } from '../../lib/commonQueries';
import { showServerError } from '../../lib/forms';
import { notifySuccess } from '../../lib/notify';
import { useRevealFirstError } from '../../lib/revealFirstError';
import { SessionFields } from './form/SessionFields';
import { newSessionValues, secondCallDelay, toSessionInput, useSessionForm } from './form/sessionForm';
import { useSessionsMutation } from './queries';

export function NewSessionModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const taskforce = useTaskforce();
  return (
    <FormModal opened={opened && taskforce.isSuccess} onClose={onClose} title={t('sessions.form.newTitle')}>
      <NewSessionBody settings={taskforce.data ?? null} onDone={onClose} />
    </FormModal>
  );
}

function NewSessionBody({ settings, onDone }: { settings: Taskforce | null; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const delay = secondCallDelay(settings);
  const form = useSessionForm(newSessionValues(settings), delay);
  const create = useSessionsMutation('sessions.create');
  const { ref, reveal } = useRevealFirstError<HTMLFormElement>();

  const save = async () => {
    try {
      const created = await create.mutateAsync(toSessionInput(form.getValues()));
      notifySuccess(t('sessions.form.created', { title: created.title }));
      // Replaces "/sesiones?nueva=1": going back from the session leads to the list, not to this form.
      void navigate(`/sesiones/${created.id}`, { replace: true });
    } catch (error) {
      showServerError(form, error);
      reveal();
    }
  };

  return (
    <form ref={ref} onSubmit={form.onSubmit(() => void save(), reveal)} noValidate>
      <Alert variant="light" icon={<IconInfoCircle />} role="note" mb="lg">
        {t('sessions.form.newHelp')}
      </Alert>
      <SessionFields form={form} withSecondCall={delay !== null} />
      <FormActions onCancel={onDone} submitLabel={t('sessions.form.create')} loading={create.isPending} />
    </form>
  );
}
