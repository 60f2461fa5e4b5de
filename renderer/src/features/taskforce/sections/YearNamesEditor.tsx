/** The official year names printed on documents, each with the dates it is in force. */
import { ActionIcon, Button, Grid, Paper, Stack, Text, Textarea, NumberInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import type { SettingsForm } from '../form';

export function YearNamesEditor({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  const { yearNames } = form.getValues();

  const addYear = () => {
    const years = yearNames.map((y) => Number(y.year)).filter(Number.isFinite);
    const year = years.length > 0 ? Math.max(...years) + 1 : new Date().getFullYear();
    form.insertListItem('yearNames', { year, name: '', validFrom: `${year}-01-01`, validTo: `${year}-12-31` });
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{t('taskforce.settings.yearNames.help')}</Text>
      {yearNames.map((entry, index) => {
        const label = String(entry.year || t('taskforce.settings.yearNames.newYear'));
        return (
          <Paper key={index} withBorder p="sm" radius="sm" role="group" aria-label={t('taskforce.settings.yearNames.entry', { year: label })}>
            <Grid gap="sm" align="flex-start">
              <Grid.Col span={{ base: 12, sm: 2 }}>
                <NumberInput
                  label={t('taskforce.settings.yearNames.year')}
                  allowDecimal={false}
                  allowNegative={false}
                  hideControls
                  {...form.getInputProps(`yearNames.${index}.year`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 4 }}>
                <DateField label={t('taskforce.settings.yearNames.validFrom')} {...form.getInputProps(`yearNames.${index}.validFrom`)} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 4 }}>
                <DateField label={t('taskforce.settings.yearNames.validTo')} {...form.getInputProps(`yearNames.${index}.validTo`)} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 2 }} style={{ display: 'flex', justifyContent: 'flex-end', paddingTop: 30 }}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('taskforce.settings.yearNames.remove', { year: label })}
                  onClick={() => form.removeListItem('yearNames', index)}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              </Grid.Col>
              <Grid.Col span={12}>
                <Textarea
                  label={t('taskforce.settings.yearNames.name')}
                  autosize
                  minRows={1}
                  {...form.getInputProps(`yearNames.${index}.name`)}
                />
              </Grid.Col>
            </Grid>
          </Paper>
        );
      })}
      <Button variant="light" leftSection={<IconPlus size={16} />} onClick={addYear} w="fit-content">
        {t('taskforce.settings.yearNames.add')}
      </Button>
    </Stack>
  );
}
