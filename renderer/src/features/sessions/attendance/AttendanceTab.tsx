/**
 * "Asistencia": the roll call, one click per institution (or all titulares present at once, then the
 * exceptions), under a quorum that follows every click;
 * then the institutions with voice only and the guests, who never count for quorum.
 */
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendarTime, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../../shared/domain/sessions';
import { useTaskforce } from '../../../lib/commonQueries';
import { longDate } from '../../../lib/dates';
import { isUpcoming } from '../schedule';
import { CallSelector } from './CallSelector';
import { GuestsSection } from './GuestsSection';
import { QuorumPanel } from './QuorumPanel';
import { absentVoting } from './rollCall';
import { RollCallTable } from './RollCallTable';
import { SaveState } from './SaveState';
import { useRollCall } from './useRollCall';

export function AttendanceTab({ session }: { session: SessionDetail }) {
  const { t, i18n } = useTranslation();
  const taskforce = useTaskforce();
  const { setAttendance, setCall, markTitularesPresent } = useRollCall(session);
  const upcoming = isUpcoming(session);
  const table = { sessionId: session.id, disabled: session.locked, presentAllowed: !upcoming, onChange: setAttendance };
  const voting = session.attendance.filter((row) => row.hasVote);
  const voiceOnly = session.attendance.filter((row) => !row.hasVote);

  return (
    <Stack gap="lg">
      {upcoming && (
        <Alert variant="light" color="blue" icon={<IconCalendarTime />} role="note">
          {t('sessions.attendance.upcoming', { date: longDate(session.date, i18n.language) })}
        </Alert>
      )}
      <QuorumPanel
        quorum={session.quorum}
        upcoming={upcoming}
        callControl={<CallSelector session={session} secondCallAllowed={!!taskforce.data?.quorum.secondCall} onChange={setCall} />}
      />
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} fz="lg">
            {t('sessions.attendance.votingTitle', { total: voting.length })}
          </Title>
          {!session.locked && (
            <Group gap="md">
              <SaveState />
              <Button
                variant="light"
                leftSection={<IconUsersGroup size={16} />}
                disabled={upcoming || absentVoting(session) === 0}
                onClick={markTitularesPresent}
              >
                {t('sessions.attendance.allTitulares')}
              </Button>
            </Group>
          )}
        </Group>
        {!session.locked && !upcoming && (
          <Text size="sm" c="dimmed">
            {t('sessions.attendance.allTitularesHelp')}
          </Text>
        )}
        <RollCallTable label={t('sessions.attendance.votingTitle', { total: voting.length })} rows={voting} {...table} />
      </Stack>
      {voiceOnly.length > 0 && (
        <Stack gap="xs" p="md" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
          <Title order={3} fz="lg">
            {t('sessions.voiceOnly')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('sessions.attendance.voiceOnlyHelp')}
          </Text>
          <RollCallTable label={t('sessions.voiceOnly')} rows={voiceOnly} {...table} />
        </Stack>
      )}
      <GuestsSection session={session} />
    </Stack>
  );
}
