/**
 * "Inicio": what the secretary needs on opening the app. The next session and its convocation,
 * agreements by standing with the overdue and soon-due ones, who attends, how the women leaders'
 * network takes part, and the instancia itself.
 */
import { Grid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../shared/domain/dashboard';
import { STANDING_KEYS } from '../../../../shared/rules/agreementStatus';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useTaskforce } from '../../lib/commonQueries';
import { DUE_SOON_DAYS, dueWithinLink, OVERDUE_LINK } from '../agreements';
import { AttendanceChart } from './AttendanceChart';
import { DashboardCard } from './DashboardCard';
import { DueAgreementsCard } from './DueAgreementsCard';
import { NetworkStats } from './NetworkStats';
import { NextSessionCard } from './NextSessionCard';
import { useDashboard } from './queries';
import { StatusChart } from './StatusChart';
import { TaskforceCard } from './TaskforceCard';

function DashboardGrid({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const total = STANDING_KEYS.reduce((sum, key) => sum + data.byStatus[key], 0);
  const statusTitle = t('dashboard.status.title');
  const dueSoonTitle = t('dashboard.lists.dueSoon.title', { days: DUE_SOON_DAYS });
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <NextSessionCard session={data.nextSession} today={data.today} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <DashboardCard
          title={statusTitle}
          help={total > 0 ? t('dashboard.status.help', { count: total }) : undefined}
          link={total > 0 ? { to: '/acuerdos', label: t('dashboard.status.register') } : undefined}
        >
          {total > 0 ? (
            <StatusChart counts={data.byStatus} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('dashboard.status.empty')}
            </Text>
          )}
        </DashboardCard>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <DueAgreementsCard
          title={t('dashboard.lists.overdue.title')}
          items={data.overdue}
          today={data.today}
          empty={t('dashboard.lists.overdue.empty')}
          registerLink={OVERDUE_LINK}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <DueAgreementsCard
          title={dueSoonTitle}
          items={data.dueSoon}
          today={data.today}
          empty={t('dashboard.lists.dueSoon.empty', { days: DUE_SOON_DAYS })}
          registerLink={dueWithinLink(DUE_SOON_DAYS)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <DashboardCard title={t('dashboard.attendance.title')} help={t('dashboard.attendance.help', { count: data.sessionsLast12Months })}>
          <AttendanceChart attendance={data.attendance} sessions={data.sessionsLast12Months} />
        </DashboardCard>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <DashboardCard title={t('dashboard.network.title')} help={t('dashboard.network.help')}>
          <NetworkStats network={data.network} />
        </DashboardCard>
      </Grid.Col>
    </Grid>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const dashboard = useDashboard();
  const taskforce = useTaskforce();
  return (
    <>
      <PageHeader title={t('dashboard.title')} description={t('dashboard.description')} />
      <Stack gap="md">
        <QueryState query={dashboard}>{(data) => <DashboardGrid data={data} />}</QueryState>
        <QueryState query={taskforce}>{(data) => data && <TaskforceCard taskforce={data} />}</QueryState>
      </Stack>
    </>
  );
}
