/** A group of institutions in the roll call (with vote, or with voice only). */
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttendanceRow } from '../../../../../shared/domain/sessions';
import type { AttendanceChange } from './rollCall';
import { RollCallRow } from './RollCallRow';

interface RollCallTableProps {
  label: string;
  rows: readonly AttendanceRow[];
  sessionId: number;
  disabled: boolean;
  presentAllowed: boolean;
  onChange: (change: AttendanceChange) => void;
}

export function RollCallTable({ label, rows, ...rowProps }: RollCallTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label={label} verticalSpacing={6} highlightOnHover={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sessions.attendance.institution')}</Table.Th>
            <Table.Th w={290}>{t('sessions.attendance.status')}</Table.Th>
            <Table.Th w="30%">{t('sessions.attendance.attendeeAndPost')}</Table.Th>
            <Table.Th w={100}>{t('sessions.attendance.arrival')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <RollCallRow key={row.institutionId} row={row} {...rowProps} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
