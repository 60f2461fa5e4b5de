/**
 * A part of the protocol as an outline and one entry at a time: the entries on the left (each with
 * whether it is written yet), the chosen one on the right.
 */
import { Grid, NavLink, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface OutlineEntry {
  key: string;
  label: string;
  written: boolean;
}

interface OutlineLayoutProps {
  /** The outline's name, e.g. "Secciones del protocolo". */
  label: string;
  entries: readonly OutlineEntry[];
  selected: string | null;
  onSelect: (key: string) => void;
  /** Below the outline, e.g. "Agregar otra sección". */
  footer?: ReactNode;
  children: ReactNode;
}

export function OutlineLayout({ label, entries, selected, onSelect, footer, children }: OutlineLayoutProps) {
  const { t } = useTranslation();
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="sm">
          <Paper withBorder radius="md" p={4} component="nav" aria-label={label}>
            <ScrollArea.Autosize mah="60vh">
              {entries.map((entry) => (
                <NavLink
                  key={entry.key}
                  component="button"
                  label={entry.label}
                  description={t(entry.written ? 'protocol.outline.written' : 'protocol.outline.empty')}
                  leftSection={entry.written ? <IconCircleCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden /> : <IconCircleDashed size={16} aria-hidden />}
                  active={entry.key === selected}
                  aria-current={entry.key === selected ? 'true' : undefined}
                  onClick={() => onSelect(entry.key)}
                  variant="light"
                  style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                />
              ))}
            </ScrollArea.Autosize>
          </Paper>
          {footer}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        {entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('protocol.outline.nothing')}
          </Text>
        ) : (
          children
        )}
      </Grid.Col>
    </Grid>
  );
}

/** The entry chosen in an outline; the first one until the user picks another, or when it goes away. */
export function useOutlineSelection(keys: readonly string[]): [string | null, (key: string) => void] {
  const [chosen, setChosen] = useState<string | null>(null);
  return [chosen !== null && keys.includes(chosen) ? chosen : (keys[0] ?? null), setChosen];
}
