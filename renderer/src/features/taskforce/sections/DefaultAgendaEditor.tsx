/** The standing items every new session's agenda starts with, in their order. */
import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconRestore, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_AGENDA } from '../../../../../shared/rules/agenda';
import { MoveButtons } from '../../../components/MoveButtons';
import { agendaNumbers, printedNumber } from '../../../lib/agendaNumbers';
import { agendaKindOptions } from '../../../lib/sessionOptions';
import type { SettingsForm } from '../form';

export function DefaultAgendaEditor({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  const items = form.getValues().defaultAgenda;
  const numbers = agendaNumbers(items.map((item, index) => ({ ...item, id: index })));
  const move = (from: number, to: number) => form.reorderListItem('defaultAgenda', { from, to });

  return (
    <Stack gap="sm">
      <Text size="sm">{t('sessions.defaultAgenda.help')}</Text>
      <Stack component="ol" gap={6} m={0} p={0} aria-label={t('sessions.defaultAgenda.title')} style={{ listStyle: 'none' }}>
        {items.map((item, index) => {
          const number = numbers.get(index) ?? '';
          const label = item.title || t('sessions.defaultAgenda.untitled', { number });
          return (
            <Paper component="li" key={index} withBorder radius="sm" p="xs">
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Text fw={700} w={36} ta="right" pt={6}>
                  {printedNumber(number)}
                </Text>
                <TextInput
                  style={{ flex: 1 }}
                  aria-label={t('sessions.defaultAgenda.itemTitle', { number })}
                  {...form.getInputProps(`defaultAgenda.${index}.title`)}
                />
                <Select
                  w={260}
                  aria-label={t('sessions.defaultAgenda.itemKind', { number })}
                  data={agendaKindOptions(t)}
                  allowDeselect={false}
                  {...form.getInputProps(`defaultAgenda.${index}.kind`)}
                />
                <Group gap={2} wrap="nowrap" pt={2}>
                  <MoveButtons label={label} index={index} count={items.length} onMove={move} />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('sessions.defaultAgenda.remove', { item: label })}
                    onClick={() => form.removeListItem('defaultAgenda', index)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              </Group>
            </Paper>
          );
        })}
      </Stack>
      <Group gap="sm">
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => form.insertListItem('defaultAgenda', { title: '', kind: 'otros' })}
        >
          {t('sessions.defaultAgenda.add')}
        </Button>
        <Button
          variant="subtle"
          leftSection={<IconRestore size={16} />}
          onClick={() => form.setFieldValue('defaultAgenda', DEFAULT_AGENDA.map((item) => ({ ...item })))}
        >
          {t('sessions.defaultAgenda.restore')}
        </Button>
      </Group>
    </Stack>
  );
}
