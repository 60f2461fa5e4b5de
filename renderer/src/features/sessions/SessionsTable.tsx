/** The sessions as a table, newest first; a click anywhere on a row opens the session. */
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Session } from '../../../../shared/domain/sessions';
import { shortDate } from '../../lib/dates';
import { ActaStatusBadge } from './ActaStatusBadge';
import { ConvocationStatus } from './ConvocationStatus';
import { callTimes, modeAndPlace } from './format';

const nowrap = { whiteSpace: 'nowrap' } as const;

export function SessionsTable({ sessions }: { sessions: readonly Session[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table aria-label={t('sessions.list.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={210}>{t('sessions.list.session')}</Table.Th>
            <Table.Th>{t('sessions.list.when')}</Table.Th>
            <Table.Th>{t('sessions.list.where')}</Table.Th>
            <Table.Th w={200}>{t('sessions.list.convocation')}</Table.Th>
            <Table.Th ta="right">{t('sessions.list.present')}</Table.Th>
            <Table.Th ta="right">{t('sessions.list.agreements')}</Table.Th>
            <Table.Th>{t('sessions.list.acta')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((session) => (
            <Table.Tr key={session.id} style={{ cursor: 'pointer' }} onClick={() => void navigate(`/sesiones/${session.id}`)}>
              <Table.Td>
                <Anchor component={Link} to={`/sesiones/${session.id}`} fw={600} size="sm" onClick={(event) => event.stopPropagation()}>
                  {session.title}
                </Anchor>
              </Table.Td>
              <Table.Td style={nowrap}>
                <Text size="sm">{shortDate(session.date)}</Text>
                <Text size="xs" c="dimmed">
                  {callTimes(t, session)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {modeAndPlace(t, session)}
                </Text>
              </Table.Td>
              <Table.Td>
                <ConvocationStatus session={session} />
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{session.presentCount}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{session.agreementCount}</Text>
              </Table.Td>
              <Table.Td style={nowrap}>
                <ActaStatusBadge status={session.actaStatus} size="sm" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
