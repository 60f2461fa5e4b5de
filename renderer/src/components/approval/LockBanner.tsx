/** Says why an approved record only reads: when and by what it was approved, and what can still be done. */
import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { longDate } from '../../lib/dates';

interface LockBannerProps {
  approval: { approvedOn: string; reference: string; sessionTitle: string | null } | null;
  title: string;
  /** i18n key of "Approved on {{date}} by {{reference}}." in the record's own words. */
  approvedKey: string;
  body: string;
  /** Teal while it is the one in force, grey once closed or replaced. */
  current: boolean;
}

export function LockBanner({ approval, title, approvedKey, body, current }: LockBannerProps) {
  const { t, i18n } = useTranslation();
  const approved = approval
    ? t(approvedKey, {
        date: longDate(approval.approvedOn, i18n.language),
        reference: approval.sessionTitle ? `${approval.reference} (${approval.sessionTitle})` : approval.reference,
      })
    : '';
  return (
    <Alert color={current ? 'teal' : 'gray'} variant="light" icon={<IconLock />} title={title} role="note">
      {approved} {body}
    </Alert>
  );
}
