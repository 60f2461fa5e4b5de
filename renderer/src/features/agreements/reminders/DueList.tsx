/** A list of due agreements, without bullets: each item draws its own separator. */
import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';

export function DueList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack component="ul" gap={0} m={0} p={0} aria-label={label} style={{ listStyle: 'none' }}>
      {children}
    </Stack>
  );
}
