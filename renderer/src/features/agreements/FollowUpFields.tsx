/** The report's fields: when and who, what was done, where it stands now, and the evidence. */
import { Grid, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '../../../../shared/rules/agreementStatus';
import { DateField } from '../../components/DateField';
import { EvidenceField } from '../../components/EvidenceField';
import { LongTextField } from '../../components/LongTextField';
import { ProgressMeter } from '../../components/ProgressMeter';
import { requiredMark } from '../../components/requiredMark';
import { longDate, today } from '../../lib/dates';
import { VERIFICATION_ACCEPT } from '../../lib/evidence';
import type { FollowUpValues, ReportTarget } from './followUpForm';
import { ProgressField } from './ProgressField';
import { useReporterOptions } from './reporterOptions';
import { statusOptions } from './status';
import { StatusBadges } from './StatusBadges';

interface FollowUpFieldsProps {
  form: UseFormReturnType<FollowUpValues>;
  target: ReportTarget;
  textRef: Ref<HTMLTextAreaElement>;
  /** The confidentiality warning under the text, when it shows. */
  textWarning: ReactNode;
}

export function FollowUpFields({ form, target, textRef, textWarning }: FollowUpFieldsProps) {
  const { t, i18n } = useTranslation();
  const { agreement, session } = target;
  const reporters = useReporterOptions(agreement);
  const dateLabel = t('agreements.followUp.date');

  return (
    <Stack gap="md">
      <Paper withBorder radius="sm" p="sm" bg="gray.0">
        <Text size="sm" lineClamp={3}>
          {agreement.text}
        </Text>
        <Group gap="sm" mt={6}>
          <Text size="xs" c="dimmed">
            {t('agreements.followUp.now')}
          </Text>
          <StatusBadges status={agreement.status} overdue={agreement.overdue} />
          <ProgressMeter value={agreement.progress} width={48} />
        </Group>
      </Paper>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, xs: 5 }}>
          {session ? (
            <TextInput
              label={dateLabel}
              value={longDate(session.date, i18n.language)}
              description={t('agreements.followUp.sessionDate', { session: session.title })}
              readOnly
              error={form.errors.reportedOn}
            />
          ) : (
            // A report tells what has been done: it cannot be dated after today (the backend refuses it).
            <DateField
              label={dateLabel}
              minDate={agreement.lastReportOn ?? agreement.sessionDate}
              maxDate={today()}
              {...requiredMark}
              {...form.getInputProps('reportedOn')}
            />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, xs: 7 }}>
          <Select label={t('agreements.followUp.reporter')} data={reporters} searchable allowDeselect={false} {...requiredMark} {...form.getInputProps('reporter')} />
        </Grid.Col>
      </Grid>
      <LongTextField ref={textRef} label={t('agreements.followUp.text')} description={t('agreements.followUp.textHelp')} {...form.getInputProps('text')} />
      {textWarning}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, xs: 6 }}>
          <Select
            label={t('agreements.followUp.status')}
            data={statusOptions(t)}
            allowDeselect={false}
            {...requiredMark}
            {...form.getInputProps('status')}
            onChange={(value) => {
              if (!value) return;
              form.setFieldValue('status', value as AgreementStatus);
              // Fulfilled means done: the progress goes with it.
              if (value === 'cumplido') form.setFieldValue('progress', 100);
            }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xs: 6 }}>
          <ProgressField form={form} />
        </Grid.Col>
      </Grid>
      <EvidenceField form={form} label={t('agreements.followUp.evidence')} description={t('agreements.evidenceHelp')} placeholder={t('agreements.followUp.evidencePlaceholder')} accept={VERIFICATION_ACCEPT} />
    </Stack>
  );
}
