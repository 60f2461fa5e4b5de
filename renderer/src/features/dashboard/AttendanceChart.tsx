/**
 * Who comes and who does not: each voting institution's attendance over the last 12 months, lowest
 * first. The first few are shown (those that come least are the ones to call); the rest on request.
 */
import { Button, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../shared/domain/dashboard';
import { PercentBarChart } from '../../components/charts/PercentBarChart';

const SHOWN_FIRST = 8;

export function AttendanceChart({ attendance, sessions }: { attendance: Dashboard['attendance']; sessions: number }) {
  const { t } = useTranslation();
  const [showAll, { toggle }] = useDisclosure(false);
  if (sessions === 0 || attendance.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {sessions === 0 ? t('dashboard.attendance.noSessions') : t('dashboard.attendance.noVoting')}
      </Text>
    );
  }
  const shown = showAll ? attendance : attendance.slice(0, SHOWN_FIRST);
  return (
    <Stack gap="xs">
      <PercentBarChart rows={shown.map((row) => ({ name: row.name, ratio: row.rate }))} title={t('dashboard.attendance.title')} />
      {attendance.length > SHOWN_FIRST && (
        <Button variant="subtle" size="compact-sm" w="fit-content" onClick={toggle}>
          {showAll ? t('dashboard.attendance.showFewer', { count: SHOWN_FIRST }) : t('dashboard.attendance.showAll', { count: attendance.length })}
        </Button>
      )}
    </Stack>
  );
}
