/** "Silenciar recordatorios": keeps an agreement out of the due and overdue notices, e.g. while it waits on a decision. */
import { Paper, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementRecord } from '../../../../../shared/domain/agreements';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useAgreementsMutation } from '../queries';

export function RemindersSwitch({ record }: { record: AgreementRecord }) {
  const { t } = useTranslation();
  const silence = useAgreementsMutation('agreements.silence');
  const toggle = async (silenced: boolean) => {
    try {
      await silence.mutateAsync({ id: record.id, silenced });
      notifySuccess(t(silenced ? 'agreements.reminders.silenced' : 'agreements.reminders.resumed', { number: record.numberText }));
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <Paper withBorder radius="md" p="lg">
      <Switch
        label={t('agreements.reminders.silence')}
        description={t('agreements.reminders.silenceHelp')}
        // The click shows at once; a refusal puts the saved state back.
        checked={silence.isPending ? silence.variables.silenced : record.remindersSilenced}
        onChange={(event) => void toggle(event.currentTarget.checked)}
      />
    </Paper>
  );
}
