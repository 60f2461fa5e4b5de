/** Says plainly that an approved acta closes the session for good, and where corrections go. */
import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../../shared/domain/sessions';
import { longDate } from '../../../lib/dates';

export function LockedBanner({ session }: { session: SessionDetail }) {
  const { t, i18n } = useTranslation();
  const { approval } = session;
  return (
    <Alert color="teal" variant="light" icon={<IconLock />} title={t('sessions.locked.title')} role="note">
      {approval
        ? t('sessions.locked.approvedIn', { date: longDate(approval.date, i18n.language), session: approval.sessionTitle })
        : t('sessions.locked.approved')}{' '}
      {t('sessions.locked.body')}
    </Alert>
  );
}
