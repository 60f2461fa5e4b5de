/**
 * One agreement carried into the session's follow-up: its number, standing, text (clamped: the full
 * text is in the acta that adopted it), responsibles, deadline and progress, the reports given in
 * this session under it, and the button to record another.
 */
import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconMessageReport } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgreementRow, FollowUp } from '../../../../shared/domain/agreements';
import { ProgressMeter } from '../../components/ProgressMeter';
import { longDate } from '../../lib/dates';
import { responsibleLabels, StatusBadges } from '../agreements';
import { SessionReport } from './SessionReport';

interface CarriedAgreementProps {
  agreement: AgreementRow;
  /** Reports given in this session, oldest first. */
  reports: FollowUp[];
  /** Null when nothing can be reported on it here. */
  onReport: (() => void) | null;
  /** Why it cannot be reported on here although it is open: the button then shows, disabled, with this beside it. */
  blockedReason?: string;
  onWithdraw: ((report: FollowUp) => void) | null;
}

export function CarriedAgreement({ agreement, reports, onReport, blockedReason, onWithdraw }: CarriedAgreementProps) {
  const { t, i18n } = useTranslation();
  const reasonId = useId();
  const number = agreement.numberText;
  return (
    <Paper withBorder radius="sm" p="sm" bg="gray.0" component="article" aria-label={number}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            {/* Its page holds the whole follow-up log, reports given outside sessions included. */}
            <Anchor component={Link} to={`/acuerdos/${agreement.id}`} fw={700} size="sm">
              {number}
            </Anchor>
            <StatusBadges status={agreement.status} overdue={agreement.overdue} />
          </Group>
          {(onReport || blockedReason) && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconMessageReport size={14} />}
              disabled={!onReport}
              aria-label={t('acta.followUp.reportOf', { number })}
              aria-describedby={blockedReason ? reasonId : undefined}
              onClick={onReport ?? undefined}
            >
              {t('acta.followUp.report')}
            </Button>
          )}
        </Group>
        {blockedReason && (
          <Text id={reasonId} size="xs" c="dimmed">
            {blockedReason}
          </Text>
        )}
        <Text size="sm" lineClamp={2} title={agreement.text}>
          {agreement.text}
        </Text>
        <Group gap="lg" wrap="wrap">
          <Text size="xs" c="dimmed">
            {t('acta.followUp.responsibles')}: <Text span inherit c="dark">{responsibleLabels(t, agreement).join(', ')}</Text>
          </Text>
          <Text size="xs" c="dimmed">
            {t('acta.followUp.deadline')}:{' '}
            <Text span inherit c={agreement.overdue ? 'red.8' : 'dark'} fw={agreement.overdue ? 600 : undefined}>
              {agreement.deadline ? longDate(agreement.deadline, i18n.language) : t('acta.followUp.noDeadline')}
            </Text>
          </Text>
          <Group gap={6} wrap="nowrap">
            <Text size="xs" c="dimmed">
              {t('acta.followUp.progress')}:
            </Text>
            <ProgressMeter value={agreement.progress} />
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {t('acta.followUp.adoptedIn', { session: agreement.sessionTitle })}
        </Text>
        {reports.map((report) => (
          <SessionReport key={report.id} report={report} numberText={number} onWithdraw={onWithdraw && report.removable ? () => onWithdraw(report) : null} />
        ))}
      </Stack>
    </Paper>
  );
}
