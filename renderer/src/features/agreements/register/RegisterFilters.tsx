/** Search and filters over the register; every change goes into the address (useRegisterQuery). */
import { Button, Group, Select, Stack } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ALL, deadlineOptions, OVERDUE, useFilterOptions } from './filterOptions';
import { PeriodFilter } from './PeriodFilter';
import { isFiltered, responsibleOf, withoutFilters } from './registerQuery';
import { SearchField } from './SearchField';
import { StatusChips } from './StatusChips';
import type { RegisterQueryState } from './useRegisterQuery';

const orNull = (value: string | null): string | null => (value === null || value === ALL ? null : value);

export function RegisterFilters({ query, update }: RegisterQueryState) {
  const { t } = useTranslation();
  const options = useFilterOptions(t);
  const deadline = query.overdue ? OVERDUE : query.dueWithinDays === null ? ALL : String(query.dueWithinDays);

  return (
    // One row each: what and whose, when, and where it stands.
    <Stack gap="sm" role="search" aria-label={t('agreements.register.filters')}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SearchField value={query.search} onChange={(search) => update({ search }, { replace: true })} />
        <Select
          label={t('agreements.register.responsible')}
          data={options.responsibles}
          value={query.responsible === null ? ALL : String(query.responsible)}
          onChange={(value) => update({ responsible: responsibleOf(value) })}
          allowDeselect={false}
          searchable
          w={260}
        />
        <Select
          label={t('agreements.register.session')}
          data={options.sessions}
          value={query.sessionId === null ? ALL : String(query.sessionId)}
          onChange={(value) => update({ sessionId: orNull(value) === null ? null : Number(value) })}
          allowDeselect={false}
          searchable
          w={280}
        />
      </Group>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <Select
          label={t('agreements.register.year')}
          data={options.years}
          value={query.year === null ? ALL : String(query.year)}
          onChange={(value) => update({ year: orNull(value) === null ? null : Number(value) })}
          allowDeselect={false}
          w={110}
        />
        <PeriodFilter from={query.from} to={query.to} onChange={(period) => update(period)} />
        <Select
          label={t('agreements.register.deadline')}
          data={deadlineOptions(t, query.dueWithinDays)}
          value={deadline}
          onChange={(value) => update({ overdue: value === OVERDUE, dueWithinDays: orNull(value) === null || value === OVERDUE ? null : Number(value) })}
          allowDeselect={false}
          w={230}
        />
      </Group>
      <Group gap="md" align="flex-end" wrap="wrap">
        <StatusChips value={query.statuses} onChange={(statuses) => update({ statuses })} />
        {isFiltered(query) && (
          <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={() => update(withoutFilters(query))}>
            {t('agreements.register.clearFilters')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
