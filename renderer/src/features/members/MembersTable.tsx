/** The institutions as a table; each name opens its detail page. */
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Institution } from '../../../../shared/domain/members';

const nowrap = { whiteSpace: 'nowrap' } as const;

export function MembersTable({ institutions }: { institutions: readonly Institution[] }) {
  const { t } = useTranslation();
  const person = (name: string | null) =>
    name ?? (
      <Text span c="dimmed" size="sm">
        {t('memberList.notAccredited')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table striped aria-label={t('memberList.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('institution.name')}</Table.Th>
            <Table.Th>{t('institution.category')}</Table.Th>
            <Table.Th>{t('institution.participation')}</Table.Th>
            <Table.Th>{t('memberList.networkShort')}</Table.Th>
            <Table.Th>{t('representative.roles.titular')}</Table.Th>
            <Table.Th>{t('representative.roles.alterno')}</Table.Th>
            <Table.Th>{t('institution.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {institutions.map((institution) => (
            <Table.Tr key={institution.id}>
              <Table.Td>
                <Anchor component={Link} to={`/miembros/${institution.id}`} fw={600} size="sm">
                  {institution.name}
                </Anchor>
                {institution.acronym && (
                  <Text size="xs" c="dimmed">
                    {institution.acronym}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`categories.${institution.category}`)}</Text>
              </Table.Td>
              <Table.Td style={nowrap}>
                <Badge variant={institution.hasVote ? 'light' : 'outline'} color={institution.hasVote ? 'violet' : 'gray'}>
                  {t(institution.hasVote ? 'institution.withVote' : 'institution.voiceOnly')}
                </Badge>
              </Table.Td>
              <Table.Td style={nowrap}>
                {institution.inNetwork ? (
                  <Badge variant="light" color="grape">
                    {t('memberList.inNetwork')}
                  </Badge>
                ) : (
                  <Text span c="dimmed" size="sm">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{person(institution.titular)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{person(institution.alterno)}</Text>
              </Table.Td>
              <Table.Td style={nowrap}>
                <Badge variant="dot" color={institution.active ? 'teal' : 'gray'}>
                  {t(institution.active ? 'institution.active' : 'institution.inactive')}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
