/**
 * Records that the acta was read and approved in a later session. Permanent: from then on the acta
 * and its agreements are in the book of actas and only a fe de erratas may follow.
 */
import { Alert, Select, Stack, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../shared/domain/sessions';
import { errorData } from '../../api';
import { ConfirmModal } from '../../components/ConfirmModal';
import { requiredMark } from '../../components/requiredMark';
import { shortDate } from '../../lib/dates';
import { errorMessage } from '../../lib/messages';
import { notifySuccess } from '../../lib/notify';
import { useSaveAll } from '../../lib/saveGuard';
import { useApproveActa, useSessionList } from './queries';

interface ApproveActaModalProps {
  session: SessionDetail;
  opened: boolean;
  onClose: () => void;
}

export function ApproveActaModal({ session, opened, onClose }: ApproveActaModalProps) {
  const { t } = useTranslation();
  const sessions = useSessionList(opened);
  const approve = useApproveActa();
  const saveAll = useSaveAll();
  const later = (sessions.data ?? []).filter((s) => s.date > session.date).sort((a, b) => a.date.localeCompare(b.date));
  const [chosen, setChosen] = useState<string | null>(null);
  const [observations, setObservations] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // The next session is where an acta is usually approved.
  const approvedIn = chosen ?? (later[0] ? String(later[0].id) : null);
  const missingTimes = !session.startTime || !session.endTime;

  const close = () => {
    setProblem(null);
    onClose();
  };

  const confirm = async () => {
    if (approvedIn === null) return setProblem(t('acta.approve.chooseSession'));
    // Nothing typed may stay out of the acta that is about to be closed for good.
    if (!(await saveAll())) return setProblem(t('acta.approve.unsaved'));
    try {
      await approve.mutateAsync({ id: session.id, approvedInSessionId: Number(approvedIn), observations });
      notifySuccess(t('acta.approve.done'));
      close();
    } catch (error) {
      setProblem(errorMessage(errorData(error)));
    }
  };

  return (
    <ConfirmModal
      opened={opened}
      title={t('acta.approve.title')}
      message={
        <Alert color="orange" variant="light" icon={<IconAlertTriangle />} role="note">
          {t('acta.approve.permanent')}
        </Alert>
      }
      confirmLabel={t('acta.approve.confirm')}
      danger={false}
      loading={approve.isPending}
      onConfirm={() => void confirm()}
      onClose={close}
    >
      <Stack gap="sm">
        {missingTimes && (
          <Alert color="yellow" variant="light" role="note">
            {t('sessions.approvalNeedsEndTime')}
          </Alert>
        )}
        <Select
          label={t('acta.approve.session')}
          description={t('acta.approve.sessionHelp')}
          placeholder={later.length === 0 ? t('acta.approve.noLaterSession') : undefined}
          data={later.map((s) => ({ value: String(s.id), label: `${s.title} (${shortDate(s.date)})` }))}
          value={approvedIn}
          onChange={(value) => {
            setChosen(value);
            setProblem(null);
          }}
          allowDeselect={false}
          disabled={later.length === 0}
          {...requiredMark}
          data-autofocus
        />
        <Textarea
          label={t('acta.approve.observations')}
          description={t('acta.approve.observationsHelp')}
          autosize
          minRows={2}
          maxRows={5}
          value={observations}
          onChange={(event) => setObservations(event.currentTarget.value)}
        />
        {problem && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle />}>
            {problem}
          </Alert>
        )}
      </Stack>
    </ConfirmModal>
  );
}
