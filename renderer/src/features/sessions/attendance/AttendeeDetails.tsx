/**
 * Who attends for a present institution, their post and arrival time: written in place, saved on
 * leaving the field; shown as recorded once the session is closed. Two cells of the roll-call row.
 */
import { Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttendanceRow } from '../../../../../shared/domain/sessions';
import { timeOrNull } from '../form/clock';
import { ClockField } from '../../../components/ClockField';
import type { AttendanceChange } from './rollCall';
import { useDraft } from './useDraft';

interface AttendeeDetailsProps {
  row: AttendanceRow;
  sessionId: number;
  readOnly: boolean;
  onChange: (change: AttendanceChange) => void;
}

export function AttendeeDetails({ row, sessionId, readOnly, onChange }: AttendeeDetailsProps) {
  const { t } = useTranslation();
  const [name, setName] = useDraft(row.attendeeName);
  const [post, setPost] = useDraft(row.attendeePost);
  const [arrival, setArrival] = useDraft(row.arrivalTime ?? '');
  const who = row.acronym || row.institutionName;

  if (readOnly) {
    return (
      <>
        <Table.Td>
          <Text size="sm">{name || '—'}</Text>
          <Text size="xs" c="dimmed">
            {post}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{arrival || '—'}</Text>
        </Table.Td>
      </>
    );
  }

  const save = () => {
    if (name === row.attendeeName && post === row.attendeePost && arrival === (row.arrivalTime ?? '')) return;
    onChange({ sessionId, institutionId: row.institutionId, status: row.status, attendeeName: name, attendeePost: post, arrivalTime: timeOrNull(arrival) });
  };
  const texts = [
    { key: 'attendee', value: name, set: setName, label: t('sessions.attendance.attendeeOf', { name: who }) },
    { key: 'post', value: post, set: setPost, label: t('sessions.attendance.postOf', { name: who }) },
  ] as const;

  return (
    <>
      <Table.Td>
        <Stack gap={4}>
          {texts.map((field) => (
            <TextInput
              key={field.key}
              size="xs"
              aria-label={field.label}
              placeholder={t(`sessions.attendance.${field.key}`)}
              value={field.value}
              onChange={(event) => field.set(event.currentTarget.value)}
              onBlur={save}
            />
          ))}
        </Stack>
      </Table.Td>
      <Table.Td>
        <ClockField size="xs" aria-label={t('sessions.attendance.arrivalOf', { name: who })} value={arrival} onChange={setArrival} onBlur={save} />
      </Table.Td>
    </>
  );
}
