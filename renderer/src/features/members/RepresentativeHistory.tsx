/** Everyone who represented the institution before (or will from a later date), for the record. */
import { ActionIcon, Badge, Table, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Representative } from '../../../../shared/domain/members';
import { longDate, today } from '../../lib/dates';
import type { RepresentativeAction } from './representativeForm';

interface RepresentativeHistoryProps {
  representatives: readonly Representative[];
  onAction: (action: RepresentativeAction) => void;
}

export function RepresentativeHistory({ representatives, onAction }: RepresentativeHistoryProps) {
  const { t, i18n } = useTranslation();
  const date = (value: string | null) => longDate(value, i18n.language) || '—';
  const now = today();

  if (representatives.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('members.representative.historyEmpty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label={t('members.representative.history')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('members.representative.role')}</Table.Th>
            <Table.Th>{t('members.representative.fullName')}</Table.Th>
            <Table.Th>{t('members.representative.post')}</Table.Th>
            <Table.Th>{t('members.representative.validFrom')}</Table.Th>
            <Table.Th>{t('members.representative.validTo')}</Table.Th>
            <Table.Th>{t('members.representative.accreditationNumber')}</Table.Th>
            <Table.Th w={48} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {representatives.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Text size="sm">{t(`members.representative.roles.${r.role}`)}</Text>
                {r.validFrom > now && (
                  <Badge size="xs" variant="light" color="blue">
                    {t('members.representative.upcoming')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {r.fullName}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.post || '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{date(r.validFrom)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{date(r.validTo)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.accreditationNumber || '—'}</Text>
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('members.representative.editHistory', { name: r.fullName })}
                  onClick={() => onAction({ kind: 'edit', representative: r })}
                >
                  <IconPencil size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
