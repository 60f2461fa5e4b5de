/** Year and kind of the sessions listed. */
import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionKind } from '../../../../shared/domain/sessions';
import { sessionKindOptions } from '../../lib/sessionOptions';

export interface SessionsFilterValues {
  year: number | null;
  kind: SessionKind | null;
}

export const NO_FILTERS: SessionsFilterValues = { year: null, kind: null };

/** The lists' "all" entries, as explicit as their other options. */
const ALL = 'all';

interface SessionsFiltersProps {
  value: SessionsFilterValues;
  onChange: (value: SessionsFilterValues) => void;
  /** The years that have sessions, newest first. */
  years: readonly number[];
}

export function SessionsFilters({ value, onChange, years }: SessionsFiltersProps) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-end" role="search" aria-label={t('sessions.list.filters')}>
      <Select
        label={t('sessions.list.year')}
        data={[{ value: ALL, label: t('sessions.list.allYears') }, ...years.map((year) => ({ value: String(year), label: String(year) }))]}
        allowDeselect={false}
        value={value.year === null ? ALL : String(value.year)}
        onChange={(year) => onChange({ ...value, year: !year || year === ALL ? null : Number(year) })}
        w={160}
      />
      <Select
        label={t('sessions.list.kind')}
        data={[{ value: ALL, label: t('sessions.list.allKinds') }, ...sessionKindOptions(t)]}
        allowDeselect={false}
        value={value.kind ?? ALL}
        onChange={(kind) => onChange({ ...value, kind: !kind || kind === ALL ? null : (kind as SessionKind) })}
        w={210}
      />
    </Group>
  );
}
