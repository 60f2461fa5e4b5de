/** A plan's title, its years and how its progress is reported. */
import { Grid, NumberInput, Radio, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REPORTING_UNITS } from '../../../../shared/domain/plan';
import type { ReportingUnit } from '../../../../shared/rules/planPeriods';
import { requiredMark } from '../../components/requiredMark';
import type { PlanForm } from './planForm';

const yearInput = { min: 2000, max: 2100, allowDecimal: false, allowNegative: false, thousandSeparator: false } as const;

export function PlanFields({ form, withReportingUnit = true }: { form: PlanForm; withReportingUnit?: boolean }) {
  const { t } = useTranslation();
  return (
    <Grid gap="md">
      <Grid.Col span={12}>
        <TextInput label={t('plan.form.title')} {...requiredMark} data-autofocus {...form.getInputProps('title')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xs: 6 }}>
        <NumberInput label={t('plan.form.startYear')} {...yearInput} {...requiredMark} {...form.getInputProps('startYear')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xs: 6 }}>
        <NumberInput label={t('plan.form.endYear')} description={t('plan.form.endYearHelp')} {...yearInput} {...requiredMark} {...form.getInputProps('endYear')} />
      </Grid.Col>
      {withReportingUnit && (
        <Grid.Col span={12}>
          <Radio.Group
            label={t('plan.form.reportingUnit')}
            description={t('plan.form.reportingUnitHelp')}
            value={form.getValues().reportingUnit}
            onChange={(value) => form.setFieldValue('reportingUnit', value as ReportingUnit)}
          >
            <Group gap="lg" mt={8}>
              {REPORTING_UNITS.map((unit) => (
                <Radio key={unit} value={unit} label={t(`plan.form.units.${unit}`)} />
              ))}
            </Group>
          </Radio.Group>
        </Grid.Col>
      )}
    </Grid>
  );
}
