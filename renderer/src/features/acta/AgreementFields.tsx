/** The inputs of an agreement: its text, who answers for it, by when, and how it was adopted. */
import { Box, Checkbox, Grid, MultiSelect } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../shared/domain/sessions';
import { DateField } from '../../components/DateField';
import { AdoptionFields } from './AdoptionFields';
import type { AgreementForm } from './agreementForm';
import { LongTextField } from '../../components/LongTextField';

interface AgreementFieldsProps {
  form: AgreementForm;
  session: SessionDetail;
  textRef: Ref<HTMLTextAreaElement>;
  /** The confidentiality warning, shown right under the text, and its id, read out with the text. */
  textWarning: { id: string; node: ReactNode } | null;
}

export function AgreementFields({ form, session, textRef, textWarning }: AgreementFieldsProps) {
  const { t } = useTranslation();
  // The roster on the session's date: the institutions the backend accepts as responsible.
  const institutions = session.attendance.map((row) => ({ value: String(row.institutionId), label: row.institutionName }));
  return (
    <Grid gap="md">
      <Grid.Col span={12}>
        <LongTextField
          ref={textRef}
          label={t('acta.agreementForm.text')}
          description={t('acta.agreementForm.textHelp')}
          {...form.getInputProps('text')}
          {...(textWarning ? { 'aria-describedby': textWarning.id } : {})}
        />
        {textWarning && <Box mt="xs">{textWarning.node}</Box>}
      </Grid.Col>
      <Grid.Col span={12}>
        <MultiSelect
          label={t('acta.agreementForm.responsibles')}
          placeholder={t('acta.agreementForm.responsiblesPlaceholder')}
          data={institutions}
          searchable
          clearable
          nothingFoundMessage={t('acta.agreementForm.noInstitution')}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('responsibleIds')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Checkbox
          mt={{ base: 0, sm: 'xs' }}
          label={t('acta.agreementForm.secretariat')}
          description={t('acta.agreementForm.secretariatHelp')}
          {...form.getInputProps('secretariatResponsible', { type: 'checkbox' })}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <DateField
          label={t('acta.agreementForm.deadline')}
          description={t('acta.agreementForm.deadlineHelp')}
          minDate={session.date}
          {...form.getInputProps('deadline')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <AdoptionFields form={form} presentVoting={session.quorum.present} />
      </Grid.Col>
    </Grid>
  );
}
