/** "Sesiones": every session of the instancia, newest first, and the way to convene a new one. */
import { Button, EmptyState, Paper, Stack } from '@mantine/core';
import { IconCalendarEvent, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { NewSessionModal } from './NewSessionModal';
import { useSessions } from './queries';
import { NO_FILTERS, SessionsFilters } from './SessionsFilters';
import { SessionsTable } from './SessionsTable';

export function SessionsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState(NO_FILTERS);
  // The "new session" form is part of the address, so other pages can link straight to it.
  const [params, setParams] = useSearchParams();
  const creating = params.get('nueva') === '1';
  const open = () => setParams({ nueva: '1' });
  const sessions = useSessions(filters);
  const all = useSessions(NO_FILTERS);
  const years = [...new Set((all.data ?? []).map((s) => s.year))].sort((a, b) => b - a);
  const filtered = filters.year !== null || filters.kind !== null;
  const newButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={open}>
      {t('sessions.list.new')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('sessions.list.title')} description={t('sessions.list.description')} actions={newButton} />
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          {(filtered || years.length > 0) && <SessionsFilters value={filters} onChange={setFilters} years={years} />}
          <QueryState query={sessions}>
            {(list) =>
              list.length > 0 ? (
                <SessionsTable sessions={list} />
              ) : (
                <EmptyState
                  py="xl"
                  icon={<IconCalendarEvent size={28} />}
                  withIndicatorBackground
                  title={t(filtered ? 'sessions.list.noMatches' : 'sessions.list.emptyTitle')}
                  description={t(filtered ? 'sessions.list.noMatchesHelp' : 'sessions.list.emptyHelp')}
                  maw={640}
                  mx="auto"
                >
                  <EmptyState.Actions>
                    {filtered ? (
                      <Button variant="default" onClick={() => setFilters(NO_FILTERS)}>
                        {t('sessions.list.clearFilters')}
                      </Button>
                    ) : (
                      newButton
                    )}
                  </EmptyState.Actions>
                </EmptyState>
              )
            }
          </QueryState>
        </Stack>
      </Paper>
      <NewSessionModal opened={creating} onClose={() => setParams({})} />
    </>
  );
}
