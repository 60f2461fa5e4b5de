/** One step of the care route: which institution does what, how soon, where, and what the victim is told. */
import { Grid, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ProtocolVersion, routeStepInput } from '../../../../../shared/domain/protocol';
import { FormDialog } from '../../../components/FormDialog';
import { requiredMark } from '../../../components/requiredMark';
import { schemaErrors } from '../../../lib/forms';
import { useInstitutionOptions } from '../../../lib/institutionOptions';
import { useProtocolMutation } from '../queries';

type RouteStep = ProtocolVersion['route'][number];

interface StepValues extends Record<string, unknown> {
  step: string;
  institutionId: string | null;
  action: string;
  timeframe: string;
  contactPoint: string;
  victimInformation: string;
}

interface RouteStepModalProps {
  versionId: number;
  /** The step to edit; none to add one at the end of the route. */
  step?: RouteStep;
  opened: boolean;
  onClose: () => void;
}

export function RouteStepModal({ versionId, step, opened, onClose }: RouteStepModalProps) {
  const { t } = useTranslation();
  const saveStep = useProtocolMutation('protocol.saveRouteStep');
  const institutions = useInstitutionOptions(step ? [{ id: step.institutionId, name: step.institutionName }] : []);
  const input = ({ institutionId, ...values }: StepValues) => ({
    versionId,
    id: step?.id,
    ...values,
    institutionId: institutionId === null ? undefined : Number(institutionId),
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t(step ? 'protocol.route.editTitle' : 'protocol.route.newTitle')}
      initialValues={{
        step: step?.step ?? '',
        institutionId: step ? String(step.institutionId) : null,
        action: step?.action ?? '',
        timeframe: step?.timeframe ?? '',
        contactPoint: step?.contactPoint ?? '',
        victimInformation: step?.victimInformation ?? '',
      }}
      validate={(values) => schemaErrors(routeStepInput, input(values))}
      save={(values) => saveStep.mutateAsync(routeStepInput.parse(input(values)))}
      submitLabel={t(step ? 'common.saveChanges' : 'protocol.route.add')}
      savedMessage={t('protocol.route.saved')}
      fields={(form) => (
        <Stack gap="md">
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('protocol.route.step')} placeholder={t('protocol.route.stepPlaceholder')} {...requiredMark} data-autofocus {...form.getInputProps('step')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label={t('protocol.route.institution')} data={institutions} searchable allowDeselect={false} {...requiredMark} {...form.getInputProps('institutionId')} />
            </Grid.Col>
          </Grid>
          <Textarea label={t('protocol.route.action')} description={t('protocol.route.actionHelp')} autosize minRows={2} maxRows={6} {...requiredMark} {...form.getInputProps('action')} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('protocol.route.timeframe')} placeholder={t('protocol.route.timeframePlaceholder')} {...form.getInputProps('timeframe')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('protocol.route.contactPoint')} placeholder={t('protocol.route.contactPointPlaceholder')} {...form.getInputProps('contactPoint')} />
            </Grid.Col>
          </Grid>
          <Textarea label={t('protocol.route.victimInformation')} description={t('protocol.route.victimInformationHelp')} autosize minRows={2} maxRows={5} {...form.getInputProps('victimInformation')} />
        </Stack>
      )}
    />
  );
}
