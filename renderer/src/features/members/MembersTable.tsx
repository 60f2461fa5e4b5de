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
        {t('members.list.notAccredited')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table striped aria-label={t('members.list.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('members.institution.name')}</Table.Th>
            <Table.Th>{t('members.institution.category')}</Table.Th>
            <Table.Th>{t('members.institution.participation')}</Table.Th>
            <Table.Th>{t('members.list.networkShort')}</Table.Th>
            <Table.Th>{t('members.representative.roles.titular')}</Table.Th>
            <Table.Th>{t('members.representative.roles.alterno')}</Table.Th>
            <Table.Th>{t('members.institution.status')}</Table.Th>
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
                <Text size="sm">{t(`members.categories.${institution.category}`)}</Text>
              </Table.Td>
              <Table.Td style={nowrap}>
                <Badge variant={institution.hasVote ? 'light' : 'outline'} color={institution.hasVote ? 'violet' : 'gray'}>
                  {t(institution.hasVote ? 'members.institution.withVote' : 'members.institution.voiceOnly')}
                </Badge>
              </Table.Td>
              <Table.Td style={nowrap}>
                {institution.inNetwork ? (
                  <Badge variant="light" color="grape">
                    {t('members.list.inNetwork')}
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
                  {t(institution.active ? 'members.institution.active' : 'members.institution.inactive')}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
