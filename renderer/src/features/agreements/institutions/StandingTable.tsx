/**
 * Each responsible institution's count of agreements, as the backend orders them (most open
 * first). A click on a row opens the register filtered by that institution.
 */
import { Anchor, Button, Table, Text } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { InstitutionStanding } from '../../../../../shared/domain/agreements';
import { DUE_SOON_DAYS } from '../../../../../shared/rules/agreementStatus';
import { responsibleSearch } from '../register/registerQuery';
import { institutionLabel } from '../responsibles';
import { SECRETARIAT } from '../secretariat';

const COUNTS = ['open', 'overdue', 'dueSoon', 'fulfilled', 'total'] as const;

interface StandingTableProps {
  rows: readonly InstitutionStanding[];
  onRemind: (standing: InstitutionStanding) => void;
}

export function StandingTable({ rows, onRemind }: StandingTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const registerOf = (row: InstitutionStanding) => `/acuerdos${responsibleSearch(row.institutionId ?? SECRETARIAT)}`;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table aria-label={t('agreements.institutions.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('agreements.institutions.institution')}</Table.Th>
            {COUNTS.map((count) => (
              <Table.Th key={count} ta="right" w={count === 'dueSoon' ? 104 : 84}>
                {t(`agreements.institutions.${count}`, { days: DUE_SOON_DAYS })}
              </Table.Th>
            ))}
            <Table.Th w={200}>{t('agreements.institutions.reminder')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.institutionId ?? SECRETARIAT} style={{ cursor: 'pointer' }} onClick={() => void navigate(registerOf(row))}>
              <Table.Td>
                <Anchor component={Link} to={registerOf(row)} size="sm" fw={600} onClick={(event) => event.stopPropagation()}>
                  {institutionLabel(t, row.institutionId, row.name)}
                </Anchor>
              </Table.Td>
              {COUNTS.map((count) => (
                <Table.Td key={count} ta="right">
                  <Text size="sm" c={count === 'overdue' && row.overdue > 0 ? 'red.8' : undefined} fw={count === 'overdue' && row.overdue > 0 ? 700 : undefined}>
                    {row[count]}
                  </Text>
                </Table.Td>
              ))}
              <Table.Td onClick={(event) => event.stopPropagation()}>
                {/* The secretaría técnica writes the reminders: it does not send one to itself. */}
                {row.institutionId !== null && (
                  <Button
                    size="compact-sm"
                    variant="light"
                    leftSection={<IconMailForward size={14} />}
                    disabled={row.open === 0}
                    title={row.open === 0 ? t('agreements.reminderNothingPending') : undefined}
                    aria-label={t('agreements.institutions.remindOf', { name: row.name })}
                    onClick={() => onRemind(row)}
                  >
                    {t('agreements.institutions.remind')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
