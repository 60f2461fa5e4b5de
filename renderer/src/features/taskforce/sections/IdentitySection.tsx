/** Step 1: who the instancia is, where, and by which ordinance it was created. */
import { Anchor, Grid, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TASKFORCE_LEVELS } from '../../../../../shared/domain/taskforce';
import { DateField } from '../../../components/DateField';
import type { SettingsForm } from '../form';
import { proposedOfficialName } from '../officialName';
import { requiredMark } from '../../../components/requiredMark';

export function IdentitySection({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  const values = form.getValues();
  const proposal = proposedOfficialName(values);
  const showProposal = proposal !== null && proposal !== values.officialName;

  return (
    <Stack gap="md">
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select
            label={t('taskforce.settings.level')}
            data={TASKFORCE_LEVELS.map((level) => ({ value: level, label: t(`taskforce.settings.levels.${level}`) }))}
            allowDeselect={false}
            {...requiredMark}
            {...form.getInputProps('level')}
          />
        </Grid.Col>
        {/* The district is asked for (and then required) only for a district-level instancia. */}
        {values.level === 'distrital' && (
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput label={t('taskforce.settings.district')} {...requiredMark} {...form.getInputProps('district')} />
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('taskforce.settings.province')} {...requiredMark} {...form.getInputProps('province')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('taskforce.settings.region')} {...requiredMark} {...form.getInputProps('region')} />
        </Grid.Col>
      </Grid>

      <Stack gap={6}>
        <Textarea
          label={t('taskforce.settings.officialName')}
          description={t('taskforce.settings.officialNameHelp')}
          autosize
          minRows={2}
          {...requiredMark}
          {...form.getInputProps('officialName')}
        />
        {showProposal && (
          <Text size="sm" c="dimmed">
            {t('taskforce.settings.proposal')} «{proposal}».{' '}
            <Anchor component="button" type="button" size="sm" onClick={() => form.setFieldValue('officialName', proposal)}>
              {t('taskforce.settings.useProposal')}
            </Anchor>
          </Text>
        )}
      </Stack>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label={t('taskforce.settings.shortName')}
            description={t('taskforce.settings.shortNameHelp')}
            {...requiredMark}
            {...form.getInputProps('shortName')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput
            label={t('taskforce.settings.ordinanceNumber')}
            description={t('taskforce.settings.ordinanceNumberHelp')}
            {...requiredMark}
            {...form.getInputProps('ordinanceNumber')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateField label={t('taskforce.settings.ordinanceDate')} {...requiredMark} {...form.getInputProps('ordinanceDate')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateField
            label={t('taskforce.settings.installationDate')}
            description={t('taskforce.settings.installationDateHelp')}
            {...form.getInputProps('installationDate')}
          />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
