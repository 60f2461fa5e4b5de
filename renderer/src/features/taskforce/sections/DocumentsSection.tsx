/** Step 3: what every document carries: place, acronyms, numbering, header lines and logo. */
import { Divider, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SettingsForm } from '../form';
import type { LogoDraftState } from '../useLogoDraft';
import { LogoField } from './LogoField';
import { NumberingEditor } from './NumberingEditor';
import { YearNamesEditor } from './YearNamesEditor';
import { requiredMark } from '../../../components/requiredMark';

export function DocumentsSection({ form, logo }: { form: SettingsForm; logo: LogoDraftState }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <TextInput
          label={t('taskforce.settings.placeName')}
          description={t('taskforce.settings.placeNameHelp')}
          {...requiredMark}
          {...form.getInputProps('placeName')}
        />
        <TextInput
          label={t('taskforce.settings.entityAcronym')}
          description={t('taskforce.settings.entityAcronymHelp')}
          {...requiredMark}
          {...form.getInputProps('entityAcronym')}
        />
        <TextInput
          label={t('taskforce.settings.unitAcronym')}
          description={t('taskforce.settings.unitAcronymHelp')}
          {...requiredMark}
          {...form.getInputProps('unitAcronym')}
        />
      </SimpleGrid>

      <Divider />
      <Title order={3} fz="lg">
        {t('taskforce.settings.numbering.title')}
      </Title>
      <NumberingEditor form={form} />

      <Divider />
      <Title order={3} fz="lg">
        {t('taskforce.settings.headerLines')}
      </Title>
      <Textarea
        label={t('taskforce.settings.decadeLine')}
        description={t('taskforce.settings.decadeLineHelp')}
        autosize
        minRows={1}
        {...form.getInputProps('decadeLine')}
      />
      <YearNamesEditor form={form} />

      <Divider />
      <LogoField logo={logo} />
    </Stack>
  );
}
