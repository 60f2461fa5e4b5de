/**
 * "Copiar la agenda de la sesión anterior": brings the points of the latest earlier session that this
 * agenda lacks, each under its standing item. Copying again adds nothing, so no confirmation is asked.
 */
import { Button } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess, notifyWarning } from '../../../lib/notify';
import { useSessionsMutation } from '../queries';

export function CopyPreviousAgendaButton({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation();
  const copy = useSessionsMutation('sessions.copyPreviousAgenda');
  const run = () =>
    copy.mutate(
      { sessionId },
      {
        onSuccess: ({ copied, fromTitle }) =>
          copied > 0
            ? notifySuccess(t('sessions.agenda.copied', { count: copied, from: fromTitle }))
            : notifyWarning(t('sessions.agenda.nothingToCopy', { from: fromTitle })),
        onError: notifyError,
      },
    );
  return (
    <Button variant="default" leftSection={<IconCopy size={16} />} loading={copy.isPending} onClick={run}>
      {t('sessions.agenda.copyPrevious')}
    </Button>
  );
}
