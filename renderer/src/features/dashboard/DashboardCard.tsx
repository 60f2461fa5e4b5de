/** One block of "Inicio": a titled card, with a line of help and a link to where the detail is. */
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { Link } from 'react-router';

interface DashboardCardProps {
  title: string;
  help?: string;
  /** E.g. "Ver todos" leading to the filtered register. */
  link?: { to: string; label: string; accessibleName?: string };
  /** Beside the title, e.g. how soon the session is. */
  aside?: ReactNode;
  children: ReactNode;
}

export function DashboardCard({ title, help, link, aside, children }: DashboardCardProps) {
  const headingId = useId();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId} h="100%">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <div>
            <Title order={2} fz="md" id={headingId}>
              {title}
            </Title>
            {help && (
              <Text size="xs" c="dimmed">
                {help}
              </Text>
            )}
          </div>
          {aside}
          {link && (
            <Anchor
              component={Link}
              to={link.to}
              size="sm"
              aria-label={link.accessibleName}
              style={{ display: 'inline-flex', alignItems: 'center', gap: 4, whiteSpace: 'nowrap' }}
            >
              {link.label}
              <IconArrowRight size={14} aria-hidden />
            </Anchor>
          )}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
