/** A report given in this session, under its agreement: who reported what, and where it left the agreement. */
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FollowUp } from '../../../../shared/domain/agreements';
import { percent } from '../../../../shared/rules/figures';
import { reporterLabel, statusLabel } from '../agreements';

interface SessionReportProps {
  report: FollowUp;
  numberText: string;
  /** Null when the report can no longer be taken back (an approved acta, or a later report exists). */
  onWithdraw: (() => void) | null;
}

export function SessionReport({ report, numberText, onWithdraw }: SessionReportProps) {
  const { t } = useTranslation();
  return (
    <Paper radius="sm" p="xs" bg="blue.0" style={{ borderLeft: '3px solid var(--mantine-color-blue-5)' }}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t('acta.followUp.reportedHere', { reporter: reporterLabel(t, report) })}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {report.text}
          </Text>
          <Text size="xs" c="dimmed">
            {t('acta.followUp.reportStanding', { status: statusLabel(t, report.status), percent: percent(report.progress / 100) })}
          </Text>
        </Stack>
        {onWithdraw && (
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            leftSection={<IconArrowBackUp size={14} />}
            aria-label={t('acta.followUp.withdrawOf', { number: numberText })}
            onClick={onWithdraw}
          >
            {t('acta.followUp.withdraw')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
