/** The inputs of an institution; the modal around them decides whether it is new or edited. */
import { Checkbox, Grid, Radio, Select, Stack, Group, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { categoryOptions } from './categories';
import type { InstitutionForm } from './institutionForm';
import { requiredMark } from '../../components/requiredMark';

export function InstitutionFields({ form }: { form: InstitutionForm }) {
  const { t } = useTranslation();
  const hasVote = form.getInputProps('hasVote');
  return (
    <Stack gap="md">
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput label={t('institution.name')} {...requiredMark} data-autofocus {...form.getInputProps('name')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput label={t('institution.acronym')} {...form.getInputProps('acronym')} />
        </Grid.Col>
      </Grid>
      <Select
        label={t('institution.category')}
        placeholder={t('institution.categoryPlaceholder')}
        data={categoryOptions(t)}
        {...requiredMark}
        allowDeselect={false}
        {...form.getInputProps('category')}
      />
      <Radio.Group
        label={t('institution.participation')}
        value={form.getValues().hasVote ? 'vote' : 'voice'}
        onChange={(value) => form.setFieldValue('hasVote', value === 'vote')}
        error={hasVote.error}
      >
        <Group gap="xl" mt={6}>
          <Radio value="vote" label={t('institution.withVote')} />
          <Radio value="voice" label={t('institution.voiceOnlyLong')} />
        </Group>
      </Radio.Group>
      <Checkbox
        label={t('institution.inNetworkLabel')}
        description={t('institution.inNetworkHelp')}
        {...form.getInputProps('inNetwork', { type: 'checkbox' })}
      />
      <TextInput label={t('institution.address')} {...form.getInputProps('address')} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('institution.phone')} type="tel" {...form.getInputProps('phone')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('institution.email')} type="email" {...form.getInputProps('email')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateField label={t('institution.activeFrom')} {...requiredMark} {...form.getInputProps('activeFrom')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateField
            label={t('institution.activeTo')}
            description={t('institution.activeToHelp')}
            {...form.getInputProps('activeTo')}
          />
        </Grid.Col>
      </Grid>
      <Textarea label={t('institution.notes')} autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
    </Stack>
  );
}
