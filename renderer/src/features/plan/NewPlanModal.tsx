/** "Nuevo plan": title and period, then the plan's page to build its structure. */
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { planInput } from '../../../../shared/domain/plan';
import { FormDialog } from '../../components/FormDialog';
import { today } from '../../lib/dates';
import { schemaErrors } from '../../lib/forms';
import { PlanFields } from './PlanFields';
import { followProposedTitle, newPlanValues, planFields } from './planForm';
import { usePlanMutation } from './queries';

export function NewPlanModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = usePlanMutation('plan.create');
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('plan.form.newTitle')}
      initialValues={newPlanValues(t, Number(today().slice(0, 4)))}
      validate={(values) => schemaErrors(planInput, planFields(values))}
      onValuesChange={followProposedTitle(t)}
      save={async (values) => {
        const created = await create.mutateAsync(planInput.parse(planFields(values)));
        // Replaces "/plan?nuevo=1": going back from the plan leads to the list, not to this form.
        void navigate(`/plan/${created.id}`, { replace: true });
        return created;
      }}
      submitLabel={t('plan.form.create')}
      savedMessage={(created) => t('plan.form.created', { title: created.title })}
      fields={(form) => <PlanFields form={form} />}
    />
  );
}
