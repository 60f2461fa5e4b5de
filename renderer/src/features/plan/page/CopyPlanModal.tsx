/**
 * "Iniciar el siguiente plan a partir de este": a new draft for the next period with this plan's
 * lines, objectives, activities and indicators; targets, schedule and progress start afresh.
 */
import { Alert, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type Plan, planCopyInput, planInput } from '../../../../../shared/domain/plan';
import { FormDialog } from '../../../components/FormDialog';
import { schemaErrors } from '../../../lib/forms';
import { PlanFields } from '../PlanFields';
import { followProposedTitle, nextPlanValues, planFields } from '../planForm';
import { usePlanMutation } from '../queries';
import { planTabPath } from './planTabs';

interface CopyPlanModalProps {
  plan: Plan;
  opened: boolean;
  onClose: () => void;
}

export function CopyPlanModal({ plan, opened, onClose }: CopyPlanModalProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const copy = usePlanMutation('plan.copyToNext');
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('plan.copy.title')}
      initialValues={nextPlanValues(t, plan)}
      // The same title and span rules as a new plan; the reporting unit stays the plan's.
      validate={(values) => schemaErrors(planInput, planFields(values))}
      onValuesChange={followProposedTitle(t)}
      save={async (values) => {
        const { title, startYear, endYear } = planFields(values);
        const created = await copy.mutateAsync(planCopyInput.parse({ id: plan.id, title, startYear, endYear }));
        void navigate(planTabPath(created.id, 'structure'));
        return created;
      }}
      submitLabel={t('plan.copy.submit')}
      savedMessage={(created) => t('plan.copy.done', { title: created.title })}
      fields={(form) => (
        <Stack gap="lg">
          <Alert variant="light" icon={<IconInfoCircle />} role="note">
            {t('plan.copy.help')}
          </Alert>
          <PlanFields form={form} withReportingUnit={false} />
        </Stack>
      )}
    />
  );
}
