/** Changes a draft plan's title and period; its texts and structure are kept as they are. */
import { useTranslation } from 'react-i18next';
import { type Plan, planInput } from '../../../../../shared/domain/plan';
import { FormDialog } from '../../../components/FormDialog';
import { schemaErrors } from '../../../lib/forms';
import { PlanFields } from '../PlanFields';
import { followProposedTitle, planFields } from '../planForm';
import { usePlanMutation } from '../queries';

interface EditPlanModalProps {
  plan: Plan;
  opened: boolean;
  onClose: () => void;
}

export function EditPlanModal({ plan, opened, onClose }: EditPlanModalProps) {
  const { t } = useTranslation();
  const update = usePlanMutation('plan.update');
  const { id, title, startYear, endYear, reportingUnit, presentation, monitoring } = plan;
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('plan.form.editTitle')}
      initialValues={{ title, startYear, endYear, reportingUnit }}
      validate={(values) => schemaErrors(planInput, planFields(values))}
      onValuesChange={followProposedTitle(t)}
      save={(values) => update.mutateAsync({ ...planInput.parse(planFields(values)), id, presentation, monitoring })}
      submitLabel={t('common.saveChanges')}
      savedMessage={t('plan.form.updated')}
      fields={(form) => <PlanFields form={form} />}
    />
  );
}
