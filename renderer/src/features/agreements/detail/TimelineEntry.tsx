/** One report: when, who, in which session, what was said, what it changed, and its evidence. */
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconFileDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowUp } from '../../../../../shared/domain/agreements';
import { percent } from '../../../../../shared/rules/figures';
import { call } from '../../../api';
import { longDate } from '../../../lib/dates';
import { reporterLabel } from '../responsibles';
import { statusLabel } from '../status';
import { useSaveFile } from '../useSaveFile';

const pct = (value: number) => percent(value / 100);

export function TimelineEntry({ followUp, onRemove }: { followUp: FollowUp; onRemove: () => void }) {
  const { t, i18n } = useTranslation();
  const download = useSaveFile(() => call('agreements.getFile', { kind: 'followUp', id: followUp.id }));
  const { status, previousStatus, progress, previousProgress } = followUp;
  return (
    <Stack gap={4} component="article" aria-label={t('agreements.timeline.entryLabel', { date: longDate(followUp.reportedOn, i18n.language) })}>
      <Group gap={6} wrap="wrap">
        <Text fw={700} size="sm">
          {longDate(followUp.reportedOn, i18n.language)}
        </Text>
        <Text size="sm" c="dimmed">
          · {reporterLabel(t, followUp)}
        </Text>
      </Group>
      {followUp.sessionId !== null && (
        <Text size="xs" c="dimmed">
          {t('agreements.timeline.inSession')}{' '}
          <Anchor component={Link} to={`/sesiones/${followUp.sessionId}`} size="xs">
            {followUp.sessionTitle}
          </Anchor>
        </Text>
      )}
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {followUp.text}
      </Text>
      <Text size="xs" c="dimmed">
        {status === previousStatus
          ? t('agreements.timeline.statusKept', { status: statusLabel(t, status) })
          : t('agreements.timeline.statusChange', { from: statusLabel(t, previousStatus), to: statusLabel(t, status) })}
        {' · '}
        {progress === previousProgress
          ? t('agreements.timeline.progressKept', { progress: pct(progress) })
          : t('agreements.timeline.progressChange', { from: pct(previousProgress), to: pct(progress) })}
      </Text>
      {(followUp.evidenceName || followUp.removable) && (
        <Group gap="xs">
          {followUp.evidenceName && (
            <Button size="compact-sm" variant="subtle" leftSection={<IconFileDownload size={14} />} loading={download.isPending} onClick={() => download.mutate(undefined)}>
              {t('agreements.timeline.evidence', { name: followUp.evidenceName })}
            </Button>
          )}
          {followUp.removable && (
            <Button size="compact-sm" variant="subtle" color="red" leftSection={<IconArrowBackUp size={14} />} onClick={onRemove}>
              {t('agreements.timeline.remove')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
