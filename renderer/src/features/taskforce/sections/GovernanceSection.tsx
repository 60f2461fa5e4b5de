/** Step 2: the presidency (by law, the mayor or governor) and the technical secretariat. */
import { Fieldset, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SettingsForm } from '../form';
import { requiredMark } from '../../../components/requiredMark';

export function GovernanceSection({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Fieldset legend={t('taskforce.settings.presidency')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('taskforce.settings.presidencyInstitution')}
            placeholder={t('taskforce.settings.presidencyInstitutionExample')}
            {...requiredMark}
            {...form.getInputProps('presidencyInstitution')}
          />
          <TextInput label={t('taskforce.settings.presidencyPerson')} {...requiredMark} {...form.getInputProps('presidencyPerson')} />
          <TextInput
            label={t('taskforce.settings.presidencyPost')}
            placeholder={t('taskforce.settings.presidencyPostExample')}
            {...requiredMark}
            {...form.getInputProps('presidencyPost')}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('taskforce.settings.secretariat')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('taskforce.settings.secretariatUnit')}
            placeholder={t('taskforce.settings.secretariatUnitExample')}
            {...requiredMark}
            {...form.getInputProps('secretariatUnit')}
          />
          <TextInput
            label={t('taskforce.settings.secretariatResponsible')}
            {...requiredMark}
            {...form.getInputProps('secretariatResponsible')}
          />
          <TextInput label={t('taskforce.settings.secretariatPost')} {...form.getInputProps('secretariatPost')} />
          <TextInput label={t('taskforce.settings.secretariatPhone')} type="tel" {...form.getInputProps('secretariatPhone')} />
          <TextInput label={t('taskforce.settings.secretariatEmail')} type="email" {...form.getInputProps('secretariatEmail')} />
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
