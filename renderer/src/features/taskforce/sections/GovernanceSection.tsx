/** Step 2: the presidency (by law, the mayor or governor) and the technical secretariat. */
import { Fieldset, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SettingsForm } from '../form';
import { requiredMark } from '../../../components/requiredMark';

export function GovernanceSection({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Fieldset legend={t('settings.presidency')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('settings.presidencyInstitution')}
            placeholder={t('settings.presidencyInstitutionExample')}
            {...requiredMark}
            {...form.getInputProps('presidencyInstitution')}
          />
          <TextInput label={t('settings.presidencyPerson')} {...requiredMark} {...form.getInputProps('presidencyPerson')} />
          <TextInput
            label={t('settings.presidencyPost')}
            placeholder={t('settings.presidencyPostExample')}
            {...requiredMark}
            {...form.getInputProps('presidencyPost')}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('settings.secretariat')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('settings.secretariatUnit')}
            placeholder={t('settings.secretariatUnitExample')}
            {...requiredMark}
            {...form.getInputProps('secretariatUnit')}
          />
          <TextInput
            label={t('settings.secretariatResponsible')}
            {...requiredMark}
            {...form.getInputProps('secretariatResponsible')}
          />
          <TextInput label={t('settings.secretariatPost')} {...form.getInputProps('secretariatPost')} />
          <TextInput label={t('settings.secretariatPhone')} type="tel" {...form.getInputProps('secretariatPhone')} />
          <TextInput label={t('settings.secretariatEmail')} type="email" {...form.getInputProps('secretariatEmail')} />
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
