/**
 * A column heading that sorts the register: a click sorts by it, a second click reverses the order.
 * The arrow and aria-sort say which column sorts and which way.
 */
import { Table, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementSort } from './registerQuery';

interface SortableThProps {
  column: AgreementSort;
  sort: AgreementSort;
  descending: boolean;
  onSort: (sort: AgreementSort, descending: boolean) => void;
  w?: number;
  children: ReactNode;
}

export function SortableTh({ column, sort, descending, onSort, w, children }: SortableThProps) {
  const { t } = useTranslation();
  const active = column === sort;
  const Arrow = !active ? IconArrowsSort : descending ? IconSortDescending : IconSortAscending;
  return (
    <Table.Th w={w} aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}>
      <UnstyledButton
        onClick={() => onSort(column, active ? !descending : false)}
        title={t('agreements.register.sortBy')}
        fw={700}
        fz="sm"
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
      >
        {children}
        <Arrow size={14} stroke={1.8} aria-hidden opacity={active ? 1 : 0.45} />
      </UnstyledButton>
    </Table.Th>
  );
}
