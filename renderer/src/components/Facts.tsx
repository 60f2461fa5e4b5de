/** Label–value pairs for reading records ("Ordenanza: N° 003-2025-MDPO"); empty values show a dash. */
import { DataList } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
}

export function Facts({ items, labelWidth = 200 }: { items: readonly Fact[]; labelWidth?: number }) {
  return (
    <DataList labelWidth={labelWidth} gap="xs">
      {items.map((item) => (
        <DataList.Item key={item.label}>
          <DataList.ItemLabel>{item.label}</DataList.ItemLabel>
          <DataList.ItemValue>{item.value === '' || item.value === null ? '—' : item.value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
