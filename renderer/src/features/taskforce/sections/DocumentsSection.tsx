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
          label={t('settings.placeName')}
          description={t('settings.placeNameHelp')}
          {...requiredMark}
          {...form.getInputProps('placeName')}
        />
        <TextInput
          label={t('settings.entityAcronym')}
          description={t('settings.entityAcronymHelp')}
          {...requiredMark}
          {...form.getInputProps('entityAcronym')}
        />
        <TextInput
          label={t('settings.unitAcronym')}
          description={t('settings.unitAcronymHelp')}
          {...requiredMark}
          {...form.getInputProps('unitAcronym')}
        />
      </SimpleGrid>

      <Divider />
      <Title order={3} fz="lg">
        {t('settings.numbering.title')}
      </Title>
      <NumberingEditor form={form} />

      <Divider />
      <Title order={3} fz="lg">
        {t('settings.headerLines')}
      </Title>
      <Textarea
        label={t('settings.decadeLine')}
        description={t('settings.decadeLineHelp')}
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
