/**
 * Each addressee's copy of the oficio: delivered when and to whom, from the stamped cargo. Ticked
 * rows (or every pending one) get one date in one step.
 */
import { Badge, Button, Checkbox, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconChecks, IconFileCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Addressee, SessionDetail } from '../../../../../shared/domain/sessions';
import { shortDate } from '../../../lib/dates';
import { BulkDeliveryModal } from './BulkDeliveryModal';
import { DeliveryModal } from './DeliveryModal';
import { useSelection } from '../../../lib/useSelection';

const nowrap = { whiteSpace: 'nowrap' } as const;

export function DeliveriesTable({ session, convocationDate }: { session: SessionDetail; convocationDate: string }) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState<Addressee | null>(null);
  const [bulkOpen, setBulkOpen] = useState(false);
  const { addressees, deliveriesMissing } = session;
  const selection = useSelection(addressees.filter((a) => a.deliveredOn === null).map((a) => a.institutionId));
  const chosen = addressees.filter((a) => selection.has(a.institutionId));
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="deliveries-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} fz="lg" id="deliveries-title">
            {t('sessions.deliveries.title')}
          </Title>
          <Badge size="lg" variant="light" color={deliveriesMissing > 0 ? 'orange' : 'teal'} data-testid="deliveries-missing">
            {deliveriesMissing > 0
              ? t('sessions.deliveries.missing', { count: deliveriesMissing })
              : t('sessions.deliveries.complete')}
          </Badge>
        </Group>
        <Group gap="sm">
          <Button leftSection={<IconChecks size={16} />} disabled={chosen.length === 0} onClick={() => setBulkOpen(true)}>
            {t('sessions.deliveries.bulkRecord', { count: chosen.length })}
          </Button>
          <Text size="sm" c="dimmed">
            {t('sessions.deliveries.bulkHelp')}
          </Text>
        </Group>
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label={t('sessions.deliveries.title')} highlightOnHover={false}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>
                  <Checkbox
                    aria-label={t('sessions.deliveries.selectAll')}
                    disabled={deliveriesMissing === 0}
                    checked={selection.all}
                    indeterminate={selection.some && !selection.all}
                    onChange={selection.toggleAll}
                  />
                </Table.Th>
                <Table.Th>{t('sessions.deliveries.institution')}</Table.Th>
                <Table.Th w={120} style={nowrap}>
                  {t('sessions.deliveries.deliveredOn')}
                </Table.Th>
                <Table.Th w="25%">{t('sessions.deliveries.receivedBy')}</Table.Th>
                <Table.Th w={120}>{t('sessions.deliveries.status')}</Table.Th>
                <Table.Th w={170} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {addressees.map((a) => (
                <Table.Tr key={a.institutionId}>
                  <Table.Td>
                    <Checkbox
                      aria-label={t('sessions.deliveries.select', { name: a.institutionName })}
                      checked={selection.has(a.institutionId)}
                      onChange={() => selection.toggle(a.institutionId)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{a.institutionName}</Text>
                    {!a.hasVote && (
                      <Text size="xs" c="dimmed">
                        {t('sessions.voiceOnly')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{a.deliveredOn ? shortDate(a.deliveredOn) : '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{a.receivedBy || '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={a.deliveredOn ? 'teal' : 'orange'}>
                      {t(a.deliveredOn ? 'sessions.deliveries.delivered' : 'sessions.deliveries.pending')}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant={a.deliveredOn ? 'subtle' : 'light'}
                      leftSection={<IconFileCheck size={14} />}
                      aria-label={t('sessions.deliveries.recordFor', { name: a.institutionName })}
                      onClick={() => setRecording(a)}
                    >
                      {t(a.deliveredOn ? 'common.edit' : 'sessions.deliveries.record')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
      <BulkDeliveryModal
        sessionId={session.id}
        convocationDate={convocationDate}
        addressees={chosen}
        opened={bulkOpen}
        onClose={() => setBulkOpen(false)}
        onSaved={selection.clear}
      />
      <DeliveryModal sessionId={session.id} convocationDate={convocationDate} addressee={recording} onClose={() => setRecording(null)} />
    </Paper>
  );
}
