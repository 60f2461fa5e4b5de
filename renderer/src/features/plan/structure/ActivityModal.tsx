/**
 * An activity of the plan as the matrix has it: what is done, who leads and who joins, when
 * (quarters), with what budget, how it is verified, and the agreements it carries out.
 */
import { Grid, Input, MultiSelect, Select, Stack, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type Activity, activityInput, type Plan } from '../../../../../shared/domain/plan';
import { FormDialog } from '../../../components/FormDialog';
import { requiredMark } from '../../../components/requiredMark';
import { useAgreementOptions } from '../../../lib/agreementOptions';
import { schemaErrors } from '../../../lib/forms';
import { useInstitutionOptions } from '../../../lib/institutionOptions';
import { usePlanMutation } from '../queries';
import { type ActivityValues, activityValues, toActivityInput } from './activityForm';
import { BudgetLinesField } from './BudgetLinesField';
import { ScheduleGrid } from './ScheduleGrid';

interface ActivityModalProps {
  plan: Plan;
  objectiveId: number;
  /** The activity to edit; none to add one at the end of the objective. */
  activity?: Activity;
  opened: boolean;
  onClose: () => void;
}

export function ActivityModal({ plan, objectiveId, activity, opened, onClose }: ActivityModalProps) {
  const { t } = useTranslation();
  const saveActivity = usePlanMutation('plan.saveActivity');
  const input = (values: ActivityValues) => toActivityInput(objectiveId, activity?.id, values);
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t(activity ? 'plan.activity.editTitle' : 'plan.activity.newTitle')}
      initialValues={activityValues(activity)}
      validate={(values) => schemaErrors(activityInput, input(values))}
      save={(values) => saveActivity.mutateAsync(activityInput.parse(input(values)))}
      submitLabel={t(activity ? 'common.saveChanges' : 'plan.activity.add')}
      savedMessage={t('plan.activity.saved')}
      fields={(form) => <ActivityFields plan={plan} activity={activity} form={form} />}
    />
  );
}

function ActivityFields({ plan, activity, form }: { plan: Plan; activity?: Activity; form: UseFormReturnType<ActivityValues> }) {
  const { t } = useTranslation();
  const current = activity ? [{ id: activity.leadInstitutionId, name: activity.leadInstitutionName }, ...activity.coResponsibleIds.map((id, i) => ({ id, name: activity.coResponsibleNames[i] ?? '' }))] : [];
  const institutions = useInstitutionOptions(current);
  const agreements = useAgreementOptions(true);
  // Agreements linked before their sessions are read still show by their number.
  const known = new Set(agreements.groups.flatMap((g) => g.items.map((i) => i.value)));
  const linked = (activity?.agreements ?? []).filter((a) => !known.has(String(a.id))).map((a) => ({ value: String(a.id), label: a.numberText }));
  const agreementData = linked.length > 0 ? [...agreements.groups, { group: t('plan.activity.linkedAgreements'), items: linked }] : agreements.groups;
  const schedule = form.getInputProps('schedule');

  return (
    <Stack gap="md">
      <Textarea label={t('plan.activity.description')} autosize minRows={2} maxRows={5} {...requiredMark} data-autofocus {...form.getInputProps('description')} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select label={t('plan.activity.lead')} data={institutions} searchable allowDeselect={false} {...requiredMark} {...form.getInputProps('leadInstitutionId')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <MultiSelect label={t('plan.activity.coResponsible')} data={institutions} searchable {...form.getInputProps('coResponsibleIds')} />
        </Grid.Col>
      </Grid>
      <Input.Wrapper label={t('plan.activity.schedule')} description={t('plan.activity.scheduleHelp')} error={schedule.error}>
        <div style={{ marginTop: 6 }}>
          <ScheduleGrid quarters={plan.quarters} value={form.getValues().schedule} onChange={(value) => form.setFieldValue('schedule', value)} />
        </div>
      </Input.Wrapper>
      <BudgetLinesField form={form} />
      <Textarea label={t('plan.activity.verification')} description={t('plan.activity.verificationHelp')} autosize minRows={1} maxRows={4} {...form.getInputProps('verification')} />
      <MultiSelect
        label={t('plan.activity.agreements')}
        description={t('plan.activity.agreementsHelp')}
        placeholder={!agreements.loading && agreementData.length === 0 ? t('common.agreementPicker.noAgreements') : undefined}
        data={agreementData}
        searchable
        nothingFoundMessage={t('common.agreementPicker.nothingFound')}
        {...form.getInputProps('agreementIds')}
      />
    </Stack>
  );
}
