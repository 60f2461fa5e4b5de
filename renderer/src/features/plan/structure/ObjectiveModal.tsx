/** An objective of a strategic line: what the line means to achieve. */
import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { objectiveInput } from '../../../../../shared/domain/plan';
import { FormDialog } from '../../../components/FormDialog';
import { requiredMark } from '../../../components/requiredMark';
import { schemaErrors } from '../../../lib/forms';
import { usePlanMutation } from '../queries';

interface ObjectiveModalProps {
  lineId: number;
  /** The objective to edit; none to add one at the end of the line. */
  objective?: { id: number; text: string };
  opened: boolean;
  onClose: () => void;
}

export function ObjectiveModal({ lineId, objective, opened, onClose }: ObjectiveModalProps) {
  const { t } = useTranslation();
  const saveObjective = usePlanMutation('plan.saveObjective');
  const input = (values: { text: string }) => ({ lineId, id: objective?.id, ...values });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t(objective ? 'plan.objective.editTitle' : 'plan.objective.newTitle')}
      initialValues={{ text: objective?.text ?? '' }}
      validate={(values) => schemaErrors(objectiveInput, input(values))}
      save={(values) => saveObjective.mutateAsync(input(values))}
      submitLabel={t(objective ? 'common.saveChanges' : 'plan.objective.add')}
      savedMessage={t('plan.objective.saved')}
      fields={(form) => (
        <Textarea
          label={t('plan.objective.text')}
          description={t('plan.objective.textHelp')}
          autosize
          minRows={2}
          maxRows={6}
          {...requiredMark}
          data-autofocus
          {...form.getInputProps('text')}
        />
      )}
    />
  );
}
