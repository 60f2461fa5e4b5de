/** The three charts of the progress tab: by strategic line, activity statuses, by institution. */
import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanProgress } from '../../../../../shared/domain/plan';
import { PercentBarChart } from '../../../components/charts/PercentBarChart';
import { institutionRows, lineRows } from './charts/shareRows';
import { StatusDonut } from './charts/StatusDonut';

function ChartCard({ title, help, children }: { title: string; help: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId} h="100%">
      <Stack gap="xs">
        <div>
          <Title order={3} fz="md" id={headingId}>
            {title}
          </Title>
          <Text size="xs" c="dimmed">
            {help}
          </Text>
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

export function ProgressCharts({ progress }: { progress: PlanProgress }) {
  const { t } = useTranslation();
  const byLine = t('plan.progress.charts.byLine');
  const byInstitution = t('plan.progress.charts.byInstitution');
  return (
    <Stack gap="md">
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <ChartCard title={byLine} help={t('plan.progress.charts.byLineHelp')}>
            <PercentBarChart rows={lineRows(progress)} title={byLine} />
          </ChartCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <ChartCard title={t('plan.progress.charts.statuses')} help={t('plan.progress.charts.statusesHelp')}>
            <StatusDonut counts={progress.statusCounts} />
          </ChartCard>
        </Grid.Col>
      </Grid>
      <ChartCard title={byInstitution} help={t('plan.progress.charts.byInstitutionHelp')}>
        <PercentBarChart rows={institutionRows(t, progress)} title={byInstitution} />
      </ChartCard>
    </Stack>
  );
}
