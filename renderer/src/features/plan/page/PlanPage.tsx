/** One plan: its header, what can be done to it, and three tabs named in the address. */
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Plan } from '../../../../../shared/domain/plan';
import { BackLink } from '../../../components/BackLink';
import { QueryState } from '../../../components/QueryState';
import { RoutedTabs } from '../../../components/RoutedTabs';
import { DocumentsTab } from '../documents/DocumentsTab';
import { ProgressTab } from '../progress/ProgressTab';
import { usePlan } from '../queries';
import { StructureTab } from '../structure/StructureTab';
import { LockedPlanBanner } from './LockedPlanBanner';
import { PlanHeader } from './PlanHeader';
import { PLAN_TABS, type PlanTab } from './planTabs';

export function PlanPage() {
  const { t } = useTranslation();
  const params = useParams();
  const plan = usePlan(Number(params.id));
  return (
    <>
      <BackLink to="/plan" label={t('plan.page.backToList')} />
      <QueryState query={plan}>{(detail) => <PlanView plan={detail} tab={PLAN_TABS.ofSlug(params.tab)} />}</QueryState>
    </>
  );
}

function TabContent({ tab, plan }: { tab: PlanTab; plan: Plan }) {
  switch (tab) {
    case 'structure':
      return <StructureTab plan={plan} />;
    case 'progress':
      return <ProgressTab plan={plan} />;
    case 'documents':
      return <DocumentsTab plan={plan} />;
  }
}

function PlanView({ plan, tab }: { plan: Plan; tab: PlanTab }) {
  const { t } = useTranslation();
  return (
    <>
      <PlanHeader plan={plan} />
      <Stack gap="md">
        {plan.locked && <LockedPlanBanner plan={plan} />}
        <RoutedTabs routes={PLAN_TABS} id={plan.id} current={tab} label={(value) => t(`plan.tabs.${value}`)}>
          {(value) => <TabContent tab={value} plan={plan} />}
        </RoutedTabs>
      </Stack>
    </>
  );
}
