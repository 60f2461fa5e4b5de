/** The session's own data while its acta is a draft, saved from a bar that stays in view. */
import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../../shared/domain/sessions';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { SaveBar } from '../../../components/SaveBar';
import { useTaskforce } from '../../../lib/commonQueries';
import { shortDate } from '../../../lib/dates';
import { showServerError } from '../../../lib/forms';
import { notifyCheckFields, notifySuccess } from '../../../lib/notify';
import { useRevealFirstError } from '../../../lib/revealFirstError';
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
  const [confirmingDate, setConfirmingDate] = useState(false);
  const { date } = form.getValues();
  // The convocation issued named a date; moving the session before the convocation itself left
  // the institutions without notice, so the user hears it before saving.
  const convocation = session.convocation;
  const beforeConvocation = convocation !== null && date !== null && date !== session.date && date < convocation.date;

  const save = async (confirmed = false) => {
    if (form.validate().hasErrors) {
      notifyCheckFields();
      reveal();
      return;
    }
    if (beforeConvocation && !confirmed) {
      setConfirmingDate(true);
      return;
    }
    setConfirmingDate(false);
    try {
      const saved = await update.mutateAsync({ ...toSessionInput(form.getValues()), id: session.id });
      form.setInitialValues(sessionValues(saved));
      form.reset();
      notifySuccess(t('sessions.data.saved'));
    } catch (error) {
      showServerError(form, error);
      reveal();
    }
  };

  return (
    <Stack gap={0} ref={ref}>
      <SaveBar changed={form.isDirty()} saving={update.isPending} onSave={() => void save()} onDiscard={form.reset} />
      <SessionFields form={form} withSecondCall={delay !== null || session.secondCallTime !== null} kindFixed={session.number !== null} />
      {convocation && (
        <ConfirmModal
          opened={confirmingDate}
          title={t('sessions.data.beforeConvocation.title')}
          message={t('sessions.data.beforeConvocation.body', {
            number: convocation.numberText,
            issued: shortDate(convocation.date),
            planned: shortDate(session.date),
            date: shortDate(date ?? ''),
          })}
          confirmLabel={t('sessions.data.beforeConvocation.confirm')}
          onConfirm={() => void save(true)}
          onClose={() => setConfirmingDate(false)}
        />
      )}
    </Stack>
  );
}
