/** People invited to the session who are not member institutions: they have voice, not vote. */
import { ActionIcon, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../../shared/domain/sessions';
import { notifyError } from '../../../lib/notify';
import { useSessionsMutation } from '../queries';
import { SectionHeading } from '../SectionHeading';
import { GuestModal, type GuestTarget } from './GuestModal';

export function GuestsSection({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<GuestTarget | null>(null);
  const remove = useSessionsMutation('sessions.removeGuest');
  const { guests, locked } = session;
  return (
    <Stack gap="sm" component="section" aria-labelledby="guests-title">
      <SectionHeading
        id="guests-title"
        order={3}
        title={t('sessions.guests.title')}
        help={t('sessions.guests.help')}
        action={
          !locked && (
            <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setTarget({ sessionId: session.id, guest: null })}>
              {t('sessions.guests.add')}
            </Button>
          )
        }
      />
      {guests.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('sessions.guests.empty')}
        </Text>
      ) : (
        <Table aria-label={t('sessions.guests.title')} highlightOnHover={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sessions.guests.fullName')}</Table.Th>
              <Table.Th>{t('sessions.guests.institution')}</Table.Th>
              <Table.Th>{t('sessions.guests.post')}</Table.Th>
              <Table.Th w={90} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {guests.map((guest) => (
              <Table.Tr key={guest.id}>
                <Table.Td>{guest.fullName}</Table.Td>
                <Table.Td>{guest.institutionName || '—'}</Table.Td>
                <Table.Td>{guest.post || '—'}</Table.Td>
                <Table.Td>
                  {!locked && (
                    <Group gap={2} wrap="nowrap">
                      <ActionIcon variant="subtle" color="gray" aria-label={t('sessions.guests.edit', { name: guest.fullName })} onClick={() => setTarget({ sessionId: session.id, guest })}>
                        <IconPencil size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('sessions.guests.remove', { name: guest.fullName })}
                        onClick={() => remove.mutate({ id: guest.id }, { onError: notifyError })}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <GuestModal target={target} onClose={() => setTarget(null)} />
    </Stack>
  );
}
