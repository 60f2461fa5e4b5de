/** The top of a plan's page: its title, period, status and budget, and what can be done to it. */
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../../shared/domain/plan';
import { PageHeader } from '../../../components/PageHeader';
import { planSpan, soles } from '../format';
import { PlanStatusBadge } from '../PlanStatusBadge';
import { PlanActions } from './PlanActions';

export function PlanHeader({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <PageHeader
      title={plan.title}
      description={
        <Group gap="sm" component="span" wrap="wrap">
          <PlanStatusBadge status={plan.status} />
          <Text span size="sm">
            {t('plan.page.facts', {
              span: planSpan(plan),
              unit: t(`plan.form.unitsShort.${plan.reportingUnit}`),
              activities: t('plan.page.activities', { count: plan.activityCount }),
              budget: soles(plan.totalBudget),
            })}
          </Text>
        </Group>
      }
      actions={<PlanActions plan={plan} />}
    />
  );
}
