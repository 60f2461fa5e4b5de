/** "Plan de acción": the instancia's local action plans, newest first, and "Nuevo plan". */
import { Button, EmptyState, List, Paper } from '@mantine/core';
import { IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { NewPlanModal } from './NewPlanModal';
import { PlansTable } from './PlansTable';
import { usePlans } from './queries';

export function PlansPage() {
  const { t } = useTranslation();
  // The form is part of the address, so other screens can link straight to it.
  const [params, setParams] = useSearchParams();
  const open = () => setParams({ nuevo: '1' });
  const plans = usePlans();
  const newButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={open}>
      {t('plan.list.new')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('plan.list.title')} description={t('plan.list.description')} actions={newButton} />
      <Paper withBorder radius="md" p="md">
        <QueryState query={plans}>
          {(list) =>
            list.length > 0 ? (
              <PlansTable plans={list} />
            ) : (
              <EmptyState py="xl" icon={<IconTargetArrow size={28} />} withIndicatorBackground title={t('plan.list.emptyTitle')} description={t('plan.list.emptyBody')} maw={680} mx="auto">
                <List spacing={6} size="sm" ta="left" mt="md" type="ordered">
                  {(t('plan.list.emptySteps', { returnObjects: true }) as string[]).map((step) => (
                    <List.Item key={step}>{step}</List.Item>
                  ))}
                </List>
                <EmptyState.Actions>{newButton}</EmptyState.Actions>
              </EmptyState>
            )
          }
        </QueryState>
      </Paper>
      <NewPlanModal opened={params.get('nuevo') === '1'} onClose={() => setParams({})} />
    </>
  );
}
