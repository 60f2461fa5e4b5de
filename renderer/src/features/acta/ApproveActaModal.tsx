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
import { FormDialog } from '../../components/FormDialog';
import { requiredMark } from '../../components/requiredMark';
import { shortDate } from '../../lib/dates';
import { errorMessage } from '../../lib/messages';
import { useSaveAll } from '../../lib/saveGuard';
import { useApproveActa, useSessionList } from './queries';

interface ApproveActaModalProps {
  session: SessionDetail;
  opened: boolean;
  onClose: () => void;
}

type ApprovalValues = {
  /** The session the user chose; null keeps the one proposed. */
  chosen: string | null;
  observations: string;
};

/** Why the acta cannot be approved yet, already in the user's words. */
class NotYet extends Error {}

export function ApproveActaModal({ session, opened, onClose }: ApproveActaModalProps) {
  const { t } = useTranslation();
  const sessions = useSessionList(opened);
  const approve = useApproveActa();
  const saveAll = useSaveAll();
  const later = (sessions.data ?? []).filter((s) => s.date > session.date).sort((a, b) => a.date.localeCompare(b.date));
  // Shown above the buttons rather than as a notice: it is what stands between the user and a permanent step.
  const [problem, setProblem] = useState<string | null>(null);
  // The next session is where an acta is usually approved.
  const approvedIn = (values: ApprovalValues) => values.chosen ?? (later[0] ? String(later[0].id) : null);
  const missingTimes = !session.startTime || !session.endTime;

  const close = () => {
    setProblem(null);
    onClose();
  };

  const save = async (values: ApprovalValues) => {
    const chosen = approvedIn(values);
    if (chosen === null) throw new NotYet(t('acta.approve.chooseSession'));
    // Nothing typed may stay out of the acta that is about to be closed for good.
    if (!(await saveAll())) throw new NotYet(t('acta.approve.unsaved'));
    return approve.mutateAsync({ id: session.id, approvedInSessionId: Number(chosen), observations: values.observations });
  };

  return (
    <FormDialog<ApprovalValues>
      opened={opened}
      onClose={close}
      title={t('acta.approve.title')}
      initialValues={{ chosen: null, observations: '' }}
      save={save}
      onRefused={(error) => setProblem(error instanceof NotYet ? error.message : errorMessage(errorData(error)))}
      fields={(form) => (
        <Stack gap="sm">
          <Alert color="orange" variant="light" icon={<IconAlertTriangle />} role="note">
            {t('acta.approve.permanent')}
          </Alert>
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
            value={approvedIn(form.getValues())}
            onChange={(value) => {
              form.setFieldValue('chosen', value);
              setProblem(null);
            }}
            allowDeselect={false}
            disabled={later.length === 0}
            {...requiredMark}
            data-autofocus
          />
          <Textarea label={t('acta.approve.observations')} description={t('acta.approve.observationsHelp')} autosize minRows={2} maxRows={5} {...form.getInputProps('observations')} />
          {problem && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle />}>
              {problem}
            </Alert>
          )}
        </Stack>
      )}
      submitLabel={t('acta.approve.confirm')}
      savedMessage={t('acta.approve.done')}
    />
  );
}
