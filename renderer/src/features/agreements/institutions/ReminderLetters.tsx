/** The oficios de recordatorio already issued, newest first; each prints again exactly as issued. */
import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileDownload } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { shortDate } from '../../../lib/dates';
import { QueryState } from '../../../components/QueryState';
import { useDownloadReminderLetter, useReminderLetters } from '../queries';

export function ReminderLetters() {
  const { t } = useTranslation();
  const headingId = useId();
  const letters = useReminderLetters();
  const download = useDownloadReminderLetter();
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} fz="lg" id={headingId}>
        {t('agreements.reminders.title')}
      </Title>
      <QueryState query={letters}>
        {(list) =>
          list.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('agreements.reminders.none')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table aria-label={t('agreements.reminders.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('agreements.reminders.number')}</Table.Th>
                    <Table.Th>{t('agreements.reminders.institution')}</Table.Th>
                    <Table.Th w={110}>{t('agreements.reminders.date')}</Table.Th>
                    <Table.Th w={100} ta="right">
                      {t('agreements.reminders.agreements')}
                    </Table.Th>
                    <Table.Th w={140} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((letter) => (
                    <Table.Tr key={letter.id}>
                      <Table.Td fw={600}>{letter.numberText}</Table.Td>
                      <Table.Td>{letter.institutionName}</Table.Td>
                      <Table.Td>{shortDate(letter.issuedOn)}</Table.Td>
                      <Table.Td ta="right">{letter.agreementCount}</Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          leftSection={<IconFileDownload size={14} />}
                          loading={download.isPending && download.variables === letter.id}
                          aria-label={t('agreements.reminders.downloadOf', { number: letter.numberText })}
                          onClick={() => download.mutate(letter.id)}
                        >
                          {t('agreements.reminders.download')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
    </Stack>
  );
}
