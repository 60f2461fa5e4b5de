/** An activity's indicators with their baseline and the target of each reporting period. */
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Activity, Indicator, Plan } from '../../../../../shared/domain/plan';
import { useDialog } from '../../../lib/useDialog';
import { periodName, quantity } from '../format';
import { IndicatorModal } from './IndicatorModal';
import { NodeActions } from './NodeActions';

interface IndicatorTableProps {
  plan: Plan;
  activity: Activity;
}

export function IndicatorTable({ plan, activity }: IndicatorTableProps) {
  const { t } = useTranslation();
  const editing = useDialog<Indicator>();
  const { indicators } = activity;
  if (indicators.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('plan.indicator.none')}
      </Text>
    );
  }
  const target = (indicator: Indicator, period: string) => indicator.targets.find((x) => x.period === period)?.value;
  return (
    <>
      <Table.ScrollContainer minWidth={520}>
        <Table withTableBorder verticalSpacing={6} fz="sm" aria-label={t('plan.indicator.tableOf', { activity: activity.description })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th miw={180}>{t('plan.indicator.name')}</Table.Th>
              <Table.Th>{t('plan.indicator.unit')}</Table.Th>
              <Table.Th ta="right">{t('plan.indicator.baselineShort')}</Table.Th>
              {plan.periods.map((period) => (
                <Table.Th key={period} ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Text span size="xs" c="dimmed" display="block">
                    {t('plan.indicator.target')}
                  </Text>
                  {periodName(t, period, true)}
                </Table.Th>
              ))}
              {!plan.locked && <Table.Th w={150}>{t('common.itemActions.column')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {indicators.map((indicator, index) => (
              <Table.Tr key={indicator.id}>
                <Table.Td>{indicator.name}</Table.Td>
                <Table.Td>{indicator.unit}</Table.Td>
                <Table.Td ta="right">{quantity(indicator.baseline)}</Table.Td>
                {plan.periods.map((period) => {
                  const value = target(indicator, period);
                  return (
                    <Table.Td key={period} ta="right" c={value === undefined ? 'dimmed' : undefined}>
                      {value === undefined ? '—' : quantity(value)}
                    </Table.Td>
                  );
                })}
                {!plan.locked && (
                  <Table.Td>
                    <NodeActions
                      kind="indicator"
                      id={indicator.id}
                      name={t('plan.indicator.named', { name: indicator.name })}
                      index={index}
                      count={indicators.length}
                      onEdit={() => editing.open(indicator)}
                      removeWarning={t('plan.indicator.removeWarning')}
                    />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <IndicatorModal plan={plan} activityId={activity.id} indicator={editing.item} opened={editing.opened} onClose={editing.close} />
    </>
  );
}
