/**
 * "Ruta de atención": the steps a case follows, in order, as the protocol's table prints them:
 * Paso | Institución | Acción | Plazo | Punto de contacto | Qué se informa a la víctima.
 */
import { Button, EmptyState, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus, IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProtocolVersion } from '../../../../../shared/domain/protocol';
import { ItemActions } from '../../../components/ItemActions';
import { useDialog } from '../../../lib/useDialog';
import { useProtocolMutation } from '../queries';
import { RouteStepModal } from './RouteStepModal';

type RouteStep = ProtocolVersion['route'][number];

const dash = (text: string) => text || '—';

export function RouteTab({ version }: { version: ProtocolVersion }) {
  const { t } = useTranslation();
  const editing = useDialog<RouteStep>();
  const move = useProtocolMutation('protocol.moveItem');
  const remove = useProtocolMutation('protocol.removeItem');
  const { route, locked } = version;
  const addButton = !locked && (
    <Button leftSection={<IconPlus size={16} />} onClick={() => editing.open()}>
      {t('protocol.route.add')}
    </Button>
  );

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('protocol.route.intro')}
      </Text>
      {route.length === 0 ? (
        <EmptyState py="lg" icon={<IconRoute size={28} />} withIndicatorBackground title={t('protocol.route.emptyTitle')} description={t('protocol.route.emptyBody')} maw={620} mx="auto">
          {addButton && <EmptyState.Actions>{addButton}</EmptyState.Actions>}
        </EmptyState>
      ) : (
        <>
          <Table.ScrollContainer minWidth={1000}>
            <Table withTableBorder withColumnBorders verticalSpacing={8} fz="sm" aria-label={t('protocol.route.tableLabel')} style={{ verticalAlign: 'top' }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>{t('protocol.route.number')}</Table.Th>
                  <Table.Th w={150}>{t('protocol.route.step')}</Table.Th>
                  <Table.Th w={150}>{t('protocol.route.institution')}</Table.Th>
                  <Table.Th>{t('protocol.route.action')}</Table.Th>
                  <Table.Th w={100}>{t('protocol.route.timeframe')}</Table.Th>
                  <Table.Th w={140}>{t('protocol.route.contactPoint')}</Table.Th>
                  <Table.Th>{t('protocol.route.victimInformation')}</Table.Th>
                  {!locked && <Table.Th w={120}>{t('common.itemActions.column')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {route.map((step, index) => (
                  <Table.Tr key={step.id}>
                    <Table.Td>{index + 1}</Table.Td>
                    <Table.Td fw={600}>{step.step}</Table.Td>
                    <Table.Td>{step.institutionName}</Table.Td>
                    <Table.Td>{step.action}</Table.Td>
                    <Table.Td>{dash(step.timeframe)}</Table.Td>
                    <Table.Td>{dash(step.contactPoint)}</Table.Td>
                    <Table.Td>{dash(step.victimInformation)}</Table.Td>
                    {!locked && (
                      <Table.Td>
                        <ItemActions
                          name={t('protocol.route.named', { number: index + 1, step: step.step })}
                          index={index}
                          count={route.length}
                          onEdit={() => editing.open(step)}
                          onMove={(direction) => move.mutateAsync({ kind: 'routeStep', id: step.id, direction })}
                          onRemove={() => remove.mutateAsync({ kind: 'routeStep', id: step.id })}
                          removeWarning={t('protocol.route.removeWarning')}
                        />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {addButton && <Group>{addButton}</Group>}
        </>
      )}
      <RouteStepModal versionId={version.id} step={editing.item} opened={editing.opened} onClose={editing.close} />
    </Stack>
  );
}
