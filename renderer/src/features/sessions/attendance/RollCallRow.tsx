/** One institution in the roll call: one click sets how it attends; the details follow if present. */
import { SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttendanceRow } from '../../../../../shared/domain/sessions';
import { attendanceStatusOptions } from '../../../lib/sessionOptions';
import { AttendeeDetails } from './AttendeeDetails';
import { type AttendanceChange, isPresent, statusChange } from './rollCall';

interface RollCallRowProps {
  row: AttendanceRow;
  sessionId: number;
  /** A closed session: its roll call is shown, not edited. */
  disabled: boolean;
  /** Before the session's day nobody can be marked present yet. */
  presentAllowed: boolean;
  onChange: (change: AttendanceChange) => void;
}

export function RollCallRow({ row, sessionId, disabled, presentAllowed, onChange }: RollCallRowProps) {
  const { t } = useTranslation();
  const present = isPresent(row.status);
  const accredited = [
    row.titularName && t('sessions.attendance.titularIs', { name: row.titularName }),
    row.alternoName && t('sessions.attendance.alternoIs', { name: row.alternoName }),
  ].filter(Boolean);

  return (
    <Table.Tr data-testid="roll-call-row" data-status={row.status}>
      <Table.Td>
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {row.institutionName}
          </Text>
          <Text size="xs" c="dimmed">
            {accredited.length > 0 ? accredited.join(' · ') : t('sessions.attendance.noneAccredited')}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        <SegmentedControl
          size="xs"
          aria-label={t('sessions.attendance.statusOf', { name: row.institutionName })}
          value={row.status}
          disabled={disabled}
          color={present ? 'teal' : row.status === 'excused' ? 'yellow' : 'gray'}
          // On yellow ("Justificado") the chosen word is written dark, not white, to stay legible.
          autoContrast
          data={attendanceStatusOptions(t).map((option) => ({ ...option, disabled: !presentAllowed && isPresent(option.value) }))}
          onChange={(status) => onChange(statusChange(row, sessionId, status as AttendanceRow['status']))}
        />
      </Table.Td>
      {present ? (
        <AttendeeDetails row={row} sessionId={sessionId} readOnly={disabled} onChange={onChange} />
      ) : (
        <>
          <Table.Td />
          <Table.Td />
        </>
      )}
    </Table.Tr>
  );
}
