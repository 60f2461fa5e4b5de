/**
 * One strategic line's target versus actual: each activity with its status, each indicator with
 * what was due and what was achieved to the period, the reports so far, and "Registrar avance".
 */
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPaperclip, IconPlus } from '@tabler/icons-react';
import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, Indicator, Plan, PlanProgress, StrategicLine } from '../../../../../shared/domain/plan';
import { useDialog } from '../../../lib/useDialog';
import { periodName, percent, quantity } from '../format';
import { ActivityStatusBadge } from './ActivityStatusBadge';
import { ReportProgressModal } from './ReportProgressModal';

interface LineProgressTableProps {
  plan: Plan;
  line: StrategicLine;
  number: number;
  progress: PlanProgress;
}

const nowrap = { whiteSpace: 'nowrap' } as const;

function Reports({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  if (indicator.progress.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t('plan.progress.noReports')}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      {indicator.progress.map((p) => (
        <Text key={p.period} size="xs" style={nowrap}>
          {periodName(t, p.period, true)}: {quantity(p.achieved)}
          {p.evidenceName && <IconPaperclip size={11} aria-label={t('plan.progress.hasEvidence')} style={{ marginLeft: 4 }} />}
        </Text>
      ))}
    </Stack>
  );
}

export function LineProgressTable({ plan, line, number, progress }: LineProgressTableProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const reporting = useDialog<{ indicator: Indicator; activity: Activity }>();
  const ratio = progress.byLine.find((l) => l.lineId === line.id)?.ratio ?? null;
  const activities = line.objectives.flatMap((o) => o.activities);
  const figures = (indicatorId: number) => progress.indicators.find((i) => i.indicatorId === indicatorId);
  const status = (activityId: number) => progress.activities.find((a) => a.activityId === activityId)?.status ?? 'not_started';

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={3} fz="md" id={headingId}>
          {t('plan.line.heading', { number, title: line.title })}
        </Title>
        <Text size="sm" fw={600} style={nowrap}>
          {t('plan.progress.lineProgress', { value: percent(ratio) })}
        </Text>
      </Group>
      {activities.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('plan.activity.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table withTableBorder withColumnBorders verticalSpacing={6} fz="sm" aria-label={t('plan.progress.tableOf', { line: line.title })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th miw={200}>{t('plan.progress.activity')}</Table.Th>
                <Table.Th miw={180}>{t('plan.indicator.name')}</Table.Th>
                <Table.Th ta="right">{t('plan.progress.target')}</Table.Th>
                <Table.Th ta="right">{t('plan.progress.achieved')}</Table.Th>
                <Table.Th ta="right">%</Table.Th>
                <Table.Th>{t('plan.progress.reports')}</Table.Th>
                <Table.Th w={140} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {activities.map((activity) => {
                const rows = Math.max(1, activity.indicators.length);
                const activityCell = (
                  <Table.Td rowSpan={rows} style={{ verticalAlign: 'top' }}>
                    <Stack gap={4} align="flex-start">
                      <Text size="sm">{activity.description}</Text>
                      <ActivityStatusBadge status={status(activity.id)} />
                    </Stack>
                  </Table.Td>
                );
                if (activity.indicators.length === 0) {
                  return (
                    <Table.Tr key={activity.id}>
                      {activityCell}
                      <Table.Td colSpan={6}>
                        <Text size="sm" c="dimmed">
                          {t('plan.indicator.none')}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                }
                return (
                  <Fragment key={activity.id}>
                    {activity.indicators.map((indicator, i) => {
                      const f = figures(indicator.id);
                      return (
                        <Table.Tr key={indicator.id}>
                          {i === 0 && activityCell}
                          <Table.Td>
                            {indicator.name}
                            <Text size="xs" c="dimmed">
                              {indicator.unit}
                            </Text>
                          </Table.Td>
                          <Table.Td ta="right">{f ? quantity(f.targetToDate) : '—'}</Table.Td>
                          <Table.Td ta="right">{f ? quantity(f.achievedToDate) : '—'}</Table.Td>
                          <Table.Td ta="right" fw={600} style={nowrap}>
                            {percent(f?.ratio ?? null)}
                          </Table.Td>
                          <Table.Td>
                            <Reports indicator={indicator} />
                          </Table.Td>
                          <Table.Td>
                            {plan.status !== 'cerrado' && (
                              <Button
                                size="compact-xs"
                                variant="light"
                                leftSection={<IconPlus size={12} />}
                                aria-label={t('plan.progress.reportOf', { name: indicator.name })}
                                onClick={() => reporting.open({ indicator, activity })}
                              >
                                {t('plan.progress.report')}
                              </Button>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {reporting.item && (
        <ReportProgressModal
          plan={plan}
          indicator={reporting.item.indicator}
          activity={reporting.item.activity}
          defaultPeriod={progress.asOf}
          opened={reporting.opened}
          onClose={reporting.close}
        />
      )}
    </Paper>
  );
}
