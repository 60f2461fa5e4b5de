/**
 * "Registrar avance" for one indicator: the period, what was achieved in it, a comment and,
 * optionally, the evidence (PDF, JPG or PNG up to 5 MB). Reporting a period again corrects it;
 * the evidence already attached stays unless another file is chosen.
 */
import { Button, Grid, NumberInput, Select, Stack, Text, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconFileDownload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type Activity, type Indicator, type Plan, progressInput } from '../../../../../shared/domain/plan';
import { call } from '../../../api';
import { FormDialog } from '../../../components/FormDialog';
import { requiredMark } from '../../../components/requiredMark';
import { today } from '../../../lib/dates';
import { saveFileAndTell } from '../../../lib/fileNotices';
import { schemaErrors } from '../../../lib/forms';
import { quantityInput } from '../../../lib/figureInputs';
import { notifyError } from '../../../lib/notify';
import { periodName, quantity } from '../format';
import { usePlanMutation } from '../queries';
import { EvidenceField } from '../../../components/EvidenceField';
import { reportablePeriods } from './reportable';

interface ReportValues extends Record<string, unknown> {
  period: string | null;
  achieved: number | string;
  comment: string;
  evidence: File | null;
}

interface ReportProgressModalProps {
  plan: Plan;
  indicator: Indicator;
  activity: Activity;
  /** The period shown on the tab, offered first when it can be reported. */
  defaultPeriod: string;
  opened: boolean;
  onClose: () => void;
}

const reportOf = (indicator: Indicator, period: string | null) => indicator.progress.find((p) => p.period === period);

function valuesFor(indicator: Indicator, period: string | null): ReportValues {
  const existing = reportOf(indicator, period);
  return { period, achieved: existing?.achieved ?? '', comment: existing?.comment ?? '', evidence: null };
}

export function ReportProgressModal({ plan, indicator, activity, defaultPeriod, opened, onClose }: ReportProgressModalProps) {
  const { t } = useTranslation();
  const report = usePlanMutation('plan.reportProgress');
  const periods = reportablePeriods(plan, today());
  const first = periods.includes(defaultPeriod) ? defaultPeriod : (periods.at(-1) ?? null);
  const input = (values: ReportValues) => ({
    indicatorId: indicator.id,
    period: values.period ?? undefined,
    achieved: values.achieved === '' ? undefined : Number(values.achieved),
    comment: values.comment,
  });

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('plan.report.title', { name: indicator.name })}
      initialValues={valuesFor(indicator, first)}
      validate={(values) => schemaErrors(progressInput, input(values))}
      evidence
      save={(values, { evidence }) => report.mutateAsync(progressInput.parse({ ...input(values), evidence }))}
      submitLabel={t('plan.report.submit')}
      savedMessage={t('plan.report.saved', { name: indicator.name })}
      fields={(form) => <ReportFields indicator={indicator} activity={activity} periods={periods} form={form} />}
    />
  );
}

interface ReportFieldsProps {
  indicator: Indicator;
  activity: Activity;
  periods: string[];
  form: UseFormReturnType<ReportValues>;
}

function ReportFields({ indicator, activity, periods, form }: ReportFieldsProps) {
  const { t } = useTranslation();
  const { period } = form.getValues();
  const existing = reportOf(indicator, period);
  const target = indicator.targets.find((x) => x.period === period)?.value;
  const download = useMutation({
    mutationFn: async () => saveFileAndTell(await call('plan.getEvidence', { indicatorId: indicator.id, period: period ?? '' })),
    onError: notifyError,
  });

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('plan.report.of', { activity: activity.description })}
      </Text>
      {periods.length === 0 && (
        <Text size="sm" c="orange.9">
          {t('plan.report.noPeriod')}
        </Text>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, xs: 6 }}>
          <Select
            label={t('plan.report.period')}
            data={periods.map((p) => ({ value: p, label: periodName(t, p) }))}
            allowDeselect={false}
            {...requiredMark}
            {...form.getInputProps('period')}
            onChange={(value) => form.setValues(valuesFor(indicator, value))}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xs: 6 }}>
          <NumberInput
            label={t('plan.report.achieved', { unit: indicator.unit })}
            description={target === undefined ? t('plan.report.noTarget') : t('plan.report.target', { value: quantity(target), unit: indicator.unit })}
            {...quantityInput}
            {...requiredMark}
            data-autofocus
            {...form.getInputProps('achieved')}
          />
        </Grid.Col>
      </Grid>
      <Textarea label={t('plan.report.comment')} description={t('plan.report.commentHelp')} autosize minRows={2} maxRows={5} {...form.getInputProps('comment')} />
      <EvidenceField form={form} label={t('plan.report.evidence')} description={t('plan.report.evidenceHelp')} placeholder={t('plan.report.evidencePlaceholder')} />
      {existing?.evidenceName && (
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconFileDownload size={14} />}
          loading={download.isPending}
          onClick={() => download.mutate()}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('plan.report.downloadEvidence', { name: existing.evidenceName })}
        </Button>
      )}
    </Stack>
  );
}
