/** The inputs of an institution; the modal around them decides whether it is new or edited. */
import { Checkbox, Grid, Group, Radio, Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { requiredMark } from '../../components/requiredMark';
import { categoryOptions } from './categories';
import type { InstitutionForm } from './institutionForm';

/** Two columns from the small breakpoint up: the form fits a 768 px high screen. */
const HALF = { base: 12, sm: 6 };

export function InstitutionFields({ form }: { form: InstitutionForm }) {
  const { t } = useTranslation();
  const hasVote = form.getInputProps('hasVote');
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <TextInput label={t('members.institution.name')} {...requiredMark} data-autofocus {...form.getInputProps('name')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput label={t('members.institution.acronym')} {...form.getInputProps('acronym')} />
      </Grid.Col>
      <Grid.Col span={HALF}>
        <Select
          label={t('members.institution.category')}
          placeholder={t('members.institution.categoryPlaceholder')}
          data={categoryOptions(t)}
          {...requiredMark}
          allowDeselect={false}
          {...form.getInputProps('category')}
        />
      </Grid.Col>
      <Grid.Col span={HALF}>
        <Radio.Group
          label={t('members.institution.participation')}
          value={form.getValues().hasVote ? 'vote' : 'voice'}
          onChange={(value) => form.setFieldValue('hasVote', value === 'vote')}
          error={hasVote.error}
        >
          <Group gap="lg" mt={8}>
            <Radio value="vote" label={t('members.institution.withVote')} />
            <Radio value="voice" label={t('members.institution.voiceOnlyLong')} />
          </Group>
        </Radio.Group>
      </Grid.Col>
      <Grid.Col span={12}>
        <Checkbox
          label={t('members.institution.inNetworkLabel')}
          description={t('members.institution.inNetworkHelp')}
          {...form.getInputProps('inNetwork', { type: 'checkbox' })}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput label={t('members.institution.address')} {...form.getInputProps('address')} />
      </Grid.Col>
      <Grid.Col span={HALF}>
        <TextInput label={t('members.institution.phone')} type="tel" {...form.getInputProps('phone')} />
      </Grid.Col>
      <Grid.Col span={HALF}>
        <TextInput label={t('members.institution.email')} type="email" {...form.getInputProps('email')} />
      </Grid.Col>
      <Grid.Col span={HALF}>
        <DateField label={t('members.institution.activeFrom')} {...requiredMark} {...form.getInputProps('activeFrom')} />
      </Grid.Col>
      <Grid.Col span={HALF}>
        <DateField label={t('members.institution.activeTo')} description={t('members.institution.activeToHelp')} {...form.getInputProps('activeTo')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea label={t('members.institution.notes')} autosize minRows={2} maxRows={4} {...form.getInputProps('notes')} />
      </Grid.Col>
    </Grid>
  );
}
