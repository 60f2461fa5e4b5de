/** The plans as a table; each title opens the plan. */
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanSummary } from '../../../../shared/domain/plan';
import { ApprovalCell } from '../../components/approval/ApprovalCell';
import { periodName, percent, planSpan, soles } from './format';
import { PlanStatusBadge } from './PlanStatusBadge';
import { usePlanProgress } from './queries';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** Overall progress to the last period ended; a draft has none yet. */
function OverallProgress({ plan }: { plan: PlanSummary }) {
  const { t } = useTranslation();
  const progress = usePlanProgress(plan.id, null, plan.status !== 'borrador');
  if (plan.status === 'borrador' || !progress.data) return <Text c="dimmed" size="sm">—</Text>;
  return (
    <>
      <Text size="sm" fw={600}>
        {percent(progress.data.overall)}
      </Text>
      <Text size="xs" c="dimmed">
        {t('plan.list.asOf', { period: periodName(t, progress.data.asOf, true) })}
      </Text>
    </>
  );
}

export function PlansTable({ plans }: { plans: readonly PlanSummary[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label={t('plan.list.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={220}>{t('plan.list.plan')}</Table.Th>
            <Table.Th>{t('plan.list.period')}</Table.Th>
            <Table.Th>{t('plan.list.status')}</Table.Th>
            <Table.Th miw={180}>{t('plan.list.approval')}</Table.Th>
            <Table.Th ta="right">{t('plan.list.activities')}</Table.Th>
            <Table.Th ta="right">{t('plan.list.budget')}</Table.Th>
            <Table.Th ta="right">{t('plan.list.progress')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((plan) => (
            <Table.Tr key={plan.id}>
              <Table.Td>
                <Anchor component={Link} to={`/plan/${plan.id}`} fw={600} size="sm">
                  {plan.title}
                </Anchor>
              </Table.Td>
              <Table.Td style={nowrap}>
                <Text size="sm">{planSpan(plan)}</Text>
                <Text size="xs" c="dimmed">
                  {t(`plan.form.unitsShort.${plan.reportingUnit}`)}
                </Text>
              </Table.Td>
              <Table.Td style={nowrap}>
                <PlanStatusBadge status={plan.status} size="sm" />
              </Table.Td>
              <Table.Td>
                <ApprovalCell approval={plan.approval} pending={t('plan.list.notApproved')} />
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{plan.activityCount}</Text>
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                <Text size="sm">{soles(plan.totalBudget)}</Text>
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                <OverallProgress plan={plan} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
