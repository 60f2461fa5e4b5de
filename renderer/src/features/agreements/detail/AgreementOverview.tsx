/** What was agreed, where, by whom and by when, and where it stands. The text only reads here. */
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgreementRecord } from '../../../../../shared/domain/agreements';
import { Facts } from '../../../components/Facts';
import { ProgressMeter } from '../../../components/ProgressMeter';
import { longDate, shortDate } from '../../../lib/dates';
import { responsibleLabels } from '../responsibles';
import { StatusBadges } from '../StatusBadges';

export function AgreementOverview({ record }: { record: AgreementRecord }) {
  const { t, i18n } = useTranslation();
  const date = (value: string | null, none: string) => (value ? longDate(value, i18n.language) : none);
  const [lead, ...others] = responsibleLabels(t, record);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={t('agreements.detail.agreement')}>
      <Stack gap="md">
        <Group justify="space-between" gap="sm">
          <StatusBadges status={record.status} overdue={record.overdue} size="md" />
          <ProgressMeter value={record.progress} width={140} />
        </Group>
        <div>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{record.text}</Text>
          <Group gap={4} mt={6} c="dimmed">
            {record.textLocked && <IconLock size={13} aria-hidden />}
            <Text size="xs">{t(record.textLocked ? 'agreements.detail.textLocked' : 'agreements.detail.textDraft')}</Text>
          </Group>
        </div>
        <Facts
          labelWidth={150}
          items={[
            {
              label: t('agreements.detail.session'),
              value: (
                <Anchor component={Link} to={`/sesiones/${record.sessionId}`} size="sm">
                  {t('agreements.register.sessionOption', { title: record.sessionTitle, date: shortDate(record.sessionDate) })}
                </Anchor>
              ),
            },
            { label: t('agreements.detail.agendaItem'), value: record.agendaItemTitle },
            {
              label: t('agreements.detail.responsibles'),
              value: (
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {lead}
                    {others.length > 0 && ` (${t('agreements.detail.lead')})`}
                  </Text>
                  {others.map((name) => (
                    <Text key={name} size="sm">
                      {name}
                    </Text>
                  ))}
                </Stack>
              ),
            },
            { label: t('agreements.detail.deadline'), value: date(record.deadline, t('agreements.noDeadline')) },
            { label: t('agreements.detail.lastReport'), value: date(record.lastReportOn, t('agreements.register.noReport')) },
          ]}
        />
      </Stack>
    </Paper>
  );
}
