/**
 * The follow-up log, newest first: the report on top is where the agreement stands now, and the
 * only one that can be taken back (while its session's acta is a draft).
 */
import { Paper, Text, Timeline, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementRecord, FollowUp } from '../../../../../shared/domain/agreements';
import { percent } from '../../../../../shared/rules/figures';
import { shortDate } from '../../../lib/dates';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useDialog } from '../../../lib/useDialog';
import { useAgreementsMutation } from '../queries';
import { STATUS_LOOK, statusLabel } from '../status';
import { TimelineEntry } from './TimelineEntry';

export function FollowUpTimeline({ record }: { record: AgreementRecord }) {
  const { t } = useTranslation();
  const headingId = useId();
  const entries = [...record.followUps].reverse();
  const removal = useDialog<FollowUp>();
  const remove = useAgreementsMutation('agreements.removeFollowUp');
  const entry = removal.item;

  const confirmRemoval = async () => {
    if (!entry) return;
    try {
      await remove.mutateAsync({ id: entry.id });
      notifySuccess(t('agreements.timeline.removed', { date: shortDate(entry.reportedOn) }));
      removal.close();
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId}>
      <Title order={2} fz="lg" mb="md" id={headingId}>
        {t('agreements.timeline.title', { count: entries.length })}
      </Title>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('agreements.timeline.empty')}
        </Text>
      ) : (
        <Timeline active={entries.length - 1} bulletSize={26} lineWidth={2}>
          {entries.map((followUp) => {
            const StatusIcon = STATUS_LOOK[followUp.status].icon;
            return (
              <Timeline.Item key={followUp.id} bullet={<StatusIcon size={15} aria-hidden />} color={STATUS_LOOK[followUp.status].color}>
                <TimelineEntry followUp={followUp} onRemove={() => removal.open(followUp)} />
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
      <ConfirmModal
        opened={removal.opened}
        onClose={removal.close}
        title={t('agreements.timeline.removeTitle', { date: entry ? shortDate(entry.reportedOn) : '' })}
        message={t('agreements.timeline.removeBody', {
          status: entry ? statusLabel(t, entry.previousStatus) : '',
          progress: entry ? percent(entry.previousProgress / 100) : '',
        })}
        confirmLabel={t('agreements.timeline.removeConfirm')}
        onConfirm={() => void confirmRemoval()}
        loading={remove.isPending}
      />
    </Paper>
  );
}
