/** An indicator of an activity: what is counted, from which baseline, and the target of each period. */
import { Grid, Input, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Indicator, indicatorInput, type Plan } from '../../../../../shared/domain/plan';
import { FormDialog } from '../../../components/FormDialog';
import { requiredMark } from '../../../components/requiredMark';
import { quantityInput } from '../../../lib/figureInputs';
import { schemaErrors } from '../../../lib/forms';
import { periodName } from '../format';
import { usePlanMutation } from '../queries';

interface IndicatorValues extends Record<string, unknown> {
  name: string;
  unit: string;
  baseline: number | string;
  /** Target per period code; empty where none is set. */
  targets: Record<string, number | string>;
}

interface IndicatorModalProps {
  plan: Plan;
  activityId: number;
  /** The indicator to edit; none to add one to the activity. */
  indicator?: Indicator;
  opened: boolean;
  onClose: () => void;
}

export function IndicatorModal({ plan, activityId, indicator, opened, onClose }: IndicatorModalProps) {
  const { t } = useTranslation();
  const saveIndicator = usePlanMutation('plan.saveIndicator');
  const setPeriods = (values: IndicatorValues) => plan.periods.filter((p) => values.targets[p] !== '' && values.targets[p] !== undefined);
  const input = (values: IndicatorValues) => ({
    activityId,
    id: indicator?.id,
    name: values.name,
    unit: values.unit,
    baseline: values.baseline === '' ? undefined : Number(values.baseline),
    targets: setPeriods(values).map((period) => ({ period, value: Number(values.targets[period]) })),
  });
  const initialValues: IndicatorValues = {
    name: indicator?.name ?? '',
    unit: indicator?.unit ?? '',
    baseline: indicator?.baseline ?? 0,
    targets: Object.fromEntries(plan.periods.map((p) => [p, indicator?.targets.find((x) => x.period === p)?.value ?? ''])),
  };
  // "targets.1.value" of the input is the second period that has a target.
  const mapPath = (values: IndicatorValues) => (path: string) => {
    const match = /^targets\.(\d+)/.exec(path);
    return match ? `targets.${setPeriods(values)[Number(match[1])]}` : path;
  };
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t(indicator ? 'plan.indicator.editTitle' : 'plan.indicator.newTitle')}
      initialValues={initialValues}
      validate={(values) => schemaErrors(indicatorInput, input(values), mapPath(values))}
      save={(values) => saveIndicator.mutateAsync(indicatorInput.parse(input(values)))}
      submitLabel={t(indicator ? 'common.saveChanges' : 'plan.indicator.add')}
      savedMessage={t('plan.indicator.saved')}
      fields={(form) => (
        <Stack gap="md">
          <TextInput label={t('plan.indicator.name')} description={t('plan.indicator.nameHelp')} {...requiredMark} data-autofocus {...form.getInputProps('name')} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, xs: 6 }}>
              <TextInput label={t('plan.indicator.unit')} placeholder={t('plan.indicator.unitPlaceholder')} {...requiredMark} {...form.getInputProps('unit')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, xs: 6 }}>
              <NumberInput label={t('plan.indicator.baseline')} description={t('plan.indicator.baselineHelp')} {...quantityInput} {...requiredMark} {...form.getInputProps('baseline')} />
            </Grid.Col>
          </Grid>
          <Input.Wrapper label={t('plan.indicator.targets')} description={t('plan.indicator.targetsHelp')}>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" mt={6}>
              {plan.periods.map((period) => (
                <NumberInput
                  key={period}
                  label={periodName(t, period, true)}
                  aria-label={t('plan.indicator.targetOf', { period: periodName(t, period, true) })}
                  {...quantityInput}
                  {...form.getInputProps(`targets.${period}`)}
                />
              ))}
            </SimpleGrid>
          </Input.Wrapper>
        </Stack>
      )}
    />
  );
}
