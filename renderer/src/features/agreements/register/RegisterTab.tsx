/** "Registro": every agreement, filtered, sorted and paged as the address says. */
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementPage } from '../../../../../shared/domain/agreements';
import { QueryState } from '../../../components/QueryState';
import { useAgreementPage } from '../queries';
import { ExportMatrixMenu } from './ExportMatrixMenu';
import { type EmptyReason, RegisterEmpty } from './RegisterEmpty';
import { RegisterFilters } from './RegisterFilters';
import { RegisterPager } from './RegisterPager';
import { isFiltered, type RegisterQuery, toListInput, withoutFilters } from './registerQuery';
import { RegisterTable } from './RegisterTable';
import { useRegisterQuery } from './useRegisterQuery';

const emptyReason = (query: RegisterQuery, total: number): EmptyReason => (total > 0 ? 'pastEnd' : isFiltered(query) ? 'noMatches' : 'none');

export function RegisterTab() {
  const { t } = useTranslation();
  const state = useRegisterQuery();
  const { query, update } = state;
  const page = useAgreementPage(toListInput(query));
  const shown = (data: AgreementPage) => {
    const from = (data.page - 1) * data.pageSize + 1;
    return t('agreements.register.showing', { from, to: from + data.items.length - 1, count: data.total });
  };

  return (
    <Stack gap="md">
      <RegisterFilters {...state} />
      <QueryState query={page}>
        {(data) =>
          data.items.length === 0 ? (
            <RegisterEmpty reason={emptyReason(query, data.total)} onClear={() => update(withoutFilters(query))} onFirstPage={() => update({})} />
          ) : (
            <>
              <Group justify="space-between" align="center">
                <Text size="sm" c="dimmed" role="status">
                  {shown(data)}
                </Text>
                <ExportMatrixMenu query={query} />
              </Group>
              <RegisterTable rows={data.items} sort={query.sort} descending={query.descending} onSort={(sort, descending) => update({ sort, descending })} />
              <RegisterPager page={data} onPage={(n) => update({ page: n })} />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
