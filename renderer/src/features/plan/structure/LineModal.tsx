/** A strategic line: its title and what it covers. */
import { Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { lineInput, type StrategicLine } from '../../../../../shared/domain/plan';
import { FormDialog } from '../../../components/FormDialog';
import { requiredMark } from '../../../components/requiredMark';
import { schemaErrors } from '../../../lib/forms';
import { usePlanMutation } from '../queries';

interface LineModalProps {
  planId: number;
  /** The line to edit; none to add one at the end. */
  line?: StrategicLine;
  opened: boolean;
  onClose: () => void;
}

export function LineModal({ planId, line, opened, onClose }: LineModalProps) {
  const { t } = useTranslation();
  const saveLine = usePlanMutation('plan.saveLine');
  const input = (values: { title: string; description: string }) => ({ planId, id: line?.id, ...values });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t(line ? 'plan.line.editTitle' : 'plan.line.newTitle')}
      initialValues={{ title: line?.title ?? '', description: line?.description ?? '' }}
      validate={(values) => schemaErrors(lineInput, input(values))}
      save={(values) => saveLine.mutateAsync(input(values))}
      submitLabel={t(line ? 'common.saveChanges' : 'plan.line.add')}
      savedMessage={t('plan.line.saved')}
      fields={(form) => (
        <Stack gap="md">
          <TextInput label={t('plan.line.title')} description={t('plan.line.titleHelp')} {...requiredMark} data-autofocus {...form.getInputProps('title')} />
          <Textarea label={t('plan.line.description')} autosize minRows={2} maxRows={5} {...form.getInputProps('description')} />
        </Stack>
      )}
    />
  );
}
