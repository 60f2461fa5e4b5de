/** "Por institución": what each institution still owes, reminders to send, and those already sent. */
import { EmptyState, Stack, Text } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InstitutionStanding } from '../../../../../shared/domain/agreements';
import { QueryState } from '../../../components/QueryState';
import { useDialog } from '../../../lib/useDialog';
import { useStandings } from '../queries';
import { IssueReminderModal } from './IssueReminderModal';
import { ReminderLetters } from './ReminderLetters';
import { StandingTable } from './StandingTable';

export function InstitutionsTab() {
  const { t } = useTranslation();
  const standings = useStandings();
  const reminder = useDialog<InstitutionStanding>();
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('agreements.institutions.intro')}
        </Text>
        <QueryState query={standings}>
          {(rows) =>
            rows.length === 0 ? (
              <EmptyState
                py="xl"
                icon={<IconBuildingCommunity size={28} />}
                withIndicatorBackground
                title={t('agreements.institutions.emptyTitle')}
                description={t('agreements.institutions.emptyBody')}
                maw={620}
                mx="auto"
              />
            ) : (
              <StandingTable rows={rows} onRemind={reminder.open} />
            )
          }
        </QueryState>
      </Stack>
      <ReminderLetters />
      <IssueReminderModal standing={reminder.item} opened={reminder.opened} onClose={reminder.close} />
    </Stack>
  );
}
