/**
 * Issues an oficio de recordatorio to one institution, after saying what that means: a new number
 * is taken for good. The letter is then saved where the user says.
 */
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InstitutionStanding } from '../../../../../shared/domain/agreements';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useAgreementsMutation, useDownloadReminderLetter } from '../queries';

interface IssueReminderModalProps {
  standing: InstitutionStanding | undefined;
  opened: boolean;
  onClose: () => void;
}

export function IssueReminderModal({ standing, opened, onClose }: IssueReminderModalProps) {
  const { t } = useTranslation();
  const issue = useAgreementsMutation('agreements.issueReminder');
  const download = useDownloadReminderLetter();

  const confirm = async () => {
    if (!standing?.institutionId) return;
    try {
      const letter = await issue.mutateAsync({ institutionId: standing.institutionId });
      notifySuccess(t('agreements.reminders.issued', { number: letter.numberText, name: letter.institutionName }));
      onClose();
      download.mutate(letter.id);
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <ConfirmModal
      opened={opened}
      onClose={onClose}
      danger={false}
      title={t('agreements.reminders.confirmTitle')}
      message={
        <Text>
          {t('agreements.reminders.confirmBody', { name: standing?.name ?? '', count: standing?.open ?? 0, overdue: standing?.overdue ?? 0 })}
        </Text>
      }
      confirmLabel={t('agreements.reminders.confirm')}
      onConfirm={() => void confirm()}
      loading={issue.isPending}
    />
  );
}
