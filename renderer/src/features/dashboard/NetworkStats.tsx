/**
 * How the women leaders' network takes part (domain.md §8): its seats, its attendance against the
 * other institutions', the reports it gives and the agreements it answers for.
 */
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../shared/domain/dashboard';
import { percent } from '../../../../shared/rules/figures';

function Stat({ value, label }: { value: string; label: string }) {
  return (
    <Paper radius="sm" p="sm" bg="gray.0">
      <Text fz={24} fw={700} lh={1.2}>
        {value}
      </Text>
      <Text size="sm" c="dimmed" lh={1.3}>
        {label}
      </Text>
    </Paper>
  );
}

export function NetworkStats({ network }: { network: Dashboard['network'] }) {
  const { t } = useTranslation();
  if (network.institutions === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('dashboard.network.none')}
      </Text>
    );
  }
  return (
    <SimpleGrid cols={2} spacing="sm">
      <Stat value={String(network.institutions)} label={t('dashboard.network.institutions', { count: network.institutions })} />
      <Stat value={percent(network.votingShare)} label={t('dashboard.network.votingShare')} />
      <Stat value={percent(network.attendanceRate)} label={t('dashboard.network.attendance')} />
      <Stat value={percent(network.othersAttendanceRate)} label={t('dashboard.network.othersAttendance')} />
      <Stat value={String(network.reports)} label={t('dashboard.network.reports', { count: network.reports })} />
      <Stat value={String(network.openAgreements)} label={t('dashboard.network.openAgreements', { count: network.openAgreements })} />
    </SimpleGrid>
  );
}
