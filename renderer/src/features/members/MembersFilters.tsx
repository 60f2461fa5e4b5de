/** Search and filters over the list of institutions. */
import { Group, Input, SegmentedControl, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InstitutionCategory } from '../../../../shared/domain/members';
import { categoryOptions } from './categories';

export interface MembersFilterValues {
  search: string;
  category: InstitutionCategory | null;
  network: 'all' | 'network' | 'other';
  status: 'active' | 'inactive' | 'all';
}

/** The category list's "all categories" entry, as explicit as the network list's "all". */
const ALL = 'all';

export const DEFAULT_FILTERS: MembersFilterValues = { search: '', category: null, network: 'all', status: 'active' };

interface MembersFiltersProps {
  value: MembersFilterValues;
  onChange: (value: MembersFilterValues) => void;
}

export function MembersFilters({ value, onChange }: MembersFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<MembersFilterValues>) => onChange({ ...value, ...patch });
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t('members.list.filters')}>
      <TextInput
        label={t('members.list.search')}
        placeholder={t('members.list.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={value.search}
        onChange={(event) => set({ search: event.currentTarget.value })}
        w={250}
      />
      <Select
        label={t('members.institution.category')}
        data={[{ value: ALL, label: t('members.list.allCategories') }, ...categoryOptions(t)]}
        allowDeselect={false}
        value={value.category ?? ALL}
        onChange={(category) => set({ category: !category || category === ALL ? null : (category as InstitutionCategory) })}
        w={210}
      />
      <Select
        label={t('members.list.network')}
        data={(['all', 'network', 'other'] as const).map((v) => ({ value: v, label: t(`members.list.networkOptions.${v}`) }))}
        allowDeselect={false}
        value={value.network}
        onChange={(network) => set({ network: (network ?? 'all') as MembersFilterValues['network'] })}
        w={190}
      />
      <Input.Wrapper label={t('members.list.status')} labelElement="div">
        <SegmentedControl
          display="flex"
          aria-label={t('members.list.status')}
          data={(['active', 'inactive', 'all'] as const).map((v) => ({ value: v, label: t(`members.list.statusOptions.${v}`) }))}
          value={value.status}
          onChange={(status) => set({ status: status as MembersFilterValues['status'] })}
        />
      </Input.Wrapper>
    </Group>
  );
}
