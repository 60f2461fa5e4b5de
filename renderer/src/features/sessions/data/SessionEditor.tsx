/** The session's own data while its acta is a draft, saved from a bar that stays in view. */
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../../shared/domain/sessions';
import { SaveBar } from '../../../components/SaveBar';
import { showServerError } from '../../../lib/forms';
import { notifyCheckFields, notifySuccess } from '../../../lib/notify';
import { useRevealFirstError } from '../../../lib/revealFirstError';
import { useTaskforce } from '../../taskforce/queries';
import { SessionFields } from '../form/SessionFields';
import { secondCallDelay, sessionValues, toSessionInput, useSessionForm } from '../form/sessionForm';
import { useSessionsMutation } from '../queries';

export function SessionEditor({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const taskforce = useTaskforce();
  const delay = secondCallDelay(taskforce.data);
  const form = useSessionForm(sessionValues(session), delay);
  const update = useSessionsMutation('sessions.update');
  const { ref, reveal } = useRevealFirstError<HTMLDivElement>();

  const save = async () => {
    if (form.validate().hasErrors) {
      notifyCheckFields();
      reveal();
      return;
    }
    try {
      const saved = await update.mutateAsync({ ...toSessionInput(form.getValues()), id: session.id });
      form.setInitialValues(sessionValues(saved));
      form.reset();
      notifySuccess(t('sessionsUi.data.saved'));
    } catch (error) {
      showServerError(form, error);
      reveal();
    }
  };

  return (
    <Stack gap={0} ref={ref}>
      <SaveBar changed={form.isDirty()} saving={update.isPending} onSave={() => void save()} onDiscard={form.reset} />
      <SessionFields form={form} withSecondCall={delay !== null || session.secondCallTime !== null} kindFixed={session.number !== null} />
    </Stack>
  );
}
