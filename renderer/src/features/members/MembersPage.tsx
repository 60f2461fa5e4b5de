/** "Miembros": the member institutions, with search, filters and the roster in numbers. */
import { Button, EmptyState, Paper, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuildingCommunity, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { InstitutionFilter } from '../../../../shared/domain/members';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useMembersSummary } from '../../lib/commonQueries';
import { InstitutionModal } from './InstitutionModal';
import { DEFAULT_FILTERS, MembersFilters, type MembersFilterValues } from './MembersFilters';
import { MembersOverview } from './MembersOverview';
import { MembersTable } from './MembersTable';
import { useInstitutions } from './queries';

const NETWORK: Record<MembersFilterValues['network'], boolean | null> = { all: null, network: true, other: false };

export function MembersPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState(DEFAULT_FILTERS);
  const [search] = useDebouncedValue(filters.search, 250);
  // The "new institution" form is part of the address, so other pages can link straight to it.
  const [params, setParams] = useSearchParams();
  const creating = params.get('nueva') === '1';
  const open = () => setParams({ nueva: '1' });
  const close = () => setParams({});
  const filter: InstitutionFilter = { search, category: filters.category, inNetwork: NETWORK[filters.network], status: filters.status };
  const institutions = useInstitutions(filter);
  const summary = useMembersSummary();
  const filtered = JSON.stringify(filters) !== JSON.stringify(DEFAULT_FILTERS);

  return (
    <>
      <PageHeader
        title={t('members.list.title')}
        description={t('members.list.description')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={open}>
            {t('members.list.new')}
          </Button>
        }
      />
      <Stack gap="lg">
        {summary.data && <MembersOverview summary={summary.data} />}
        <Paper withBorder radius="md" p="md">
          <Stack gap="md">
            <MembersFilters value={filters} onChange={setFilters} />
            <QueryState query={institutions}>
              {(list) =>
                list.length > 0 ? (
                  <MembersTable institutions={list} />
                ) : (
                  <EmptyState
                    py="xl"
                    icon={<IconBuildingCommunity size={28} />}
                    withIndicatorBackground
                    title={t(filtered ? 'members.list.noMatches' : 'members.list.emptyTitle')}
                    description={t(filtered ? 'members.list.noMatchesHelp' : 'members.list.emptyHelp')}
                  >
                    <EmptyState.Actions>
                      {filtered ? (
                        <Button variant="default" onClick={() => setFilters(DEFAULT_FILTERS)}>
                          {t('members.list.clearFilters')}
                        </Button>
                      ) : (
                        <Button leftSection={<IconPlus size={16} />} onClick={open}>
                          {t('members.list.new')}
                        </Button>
                      )}
                    </EmptyState.Actions>
                  </EmptyState>
                )
              }
            </QueryState>
          </Stack>
        </Paper>
      </Stack>
      <InstitutionModal opened={creating} onClose={close} />
    </>
  );
}
