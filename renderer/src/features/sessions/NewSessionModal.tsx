/** Registers a new session, prefilled from the instancia's settings, then opens its page. */
import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormDialog } from '../../components/FormDialog';
import { useTaskforce } from '../../lib/commonQueries';
import { SessionFields } from './form/SessionFields';
import { followFirstCall, newSessionValues, secondCallDelay, toSessionInput, validateSession } from './form/sessionForm';
import { useSessionsMutation } from './queries';

export function NewSessionModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const taskforce = useTaskforce();
  const settings = taskforce.data ?? null;
  const delay = secondCallDelay(settings);
  const create = useSessionsMutation('sessions.create');
  return (
    <FormDialog
      opened={opened && taskforce.isSuccess}
      onClose={onClose}
      title={t('sessions.form.newTitle')}
      initialValues={newSessionValues(settings)}
      validate={validateSession}
      onValuesChange={followFirstCall(delay)}
      save={(values) => create.mutateAsync(toSessionInput(values))}
      fields={(form) => (
        <>
          <Alert variant="light" icon={<IconInfoCircle />} role="note" mb="lg">
            {t('sessions.form.newHelp')}
          </Alert>
          <SessionFields form={form} withSecondCall={delay !== null} />
        </>
      )}
      submitLabel={t('sessions.form.create')}
      savedMessage={(created) => t('sessions.form.created', { title: created.title })}
      // Replaces "/sesiones?nueva=1": going back from the session leads to the list, not to this form.
      onSaved={(created) => void navigate(`/sesiones/${created.id}`, { replace: true })}
    />
  );
}
