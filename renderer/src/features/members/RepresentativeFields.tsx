/** The inputs for a representative's identity, contact and accreditation. */
import { Divider, Grid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import type { RepresentativeForm } from './representativeForm';
import { requiredMark } from '../../components/requiredMark';

interface RepresentativeFieldsProps {
  form: RepresentativeForm;
  /** Label and help for the start of the accreditation (differs when replacing someone). */
  validFromLabel: string;
  validFromHelp?: string;
}

export function RepresentativeFields({ form, validFromLabel, validFromHelp }: RepresentativeFieldsProps) {
  const { t } = useTranslation();
  const half = { base: 12, sm: 6 };
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <TextInput label={t('members.representative.fullName')} {...requiredMark} data-autofocus {...form.getInputProps('fullName')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput
          label={t('members.representative.dni')}
          description={t('members.representative.dniHelp')}
          inputMode="numeric"
          maxLength={8}
          {...form.getInputProps('dni')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput label={t('members.representative.post')} {...form.getInputProps('post')} />
      </Grid.Col>
      <Grid.Col span={half}>
        <TextInput label={t('members.representative.phone')} type="tel" {...form.getInputProps('phone')} />
      </Grid.Col>
      <Grid.Col span={half}>
        <TextInput label={t('members.representative.email')} type="email" {...form.getInputProps('email')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <Divider label={t('members.representative.accreditation')} labelPosition="left" />
      </Grid.Col>
      <Grid.Col span={half}>
        <TextInput
          label={t('members.representative.accreditationNumber')}
          placeholder={t('members.representative.accreditationNumberExample')}
          {...form.getInputProps('accreditationNumber')}
        />
      </Grid.Col>
      <Grid.Col span={half}>
        <DateField label={t('members.representative.accreditationDate')} {...form.getInputProps('accreditationDate')} />
      </Grid.Col>
      <Grid.Col span={half}>
        <DateField label={validFromLabel} description={validFromHelp} {...requiredMark} {...form.getInputProps('validFrom')} />
      </Grid.Col>
      <Grid.Col span={half}>
        <DateField
          label={t('members.representative.validTo')}
          description={t('members.representative.validToHelp')}
          {...form.getInputProps('validTo')}
        />
      </Grid.Col>
    </Grid>
  );
}
