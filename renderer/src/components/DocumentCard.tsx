/** One document (of a session, of the plan): what it is for, and "Exportar Word", or why it cannot be exported yet. */
import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

interface DocumentCardProps {
  icon: ReactNode;
  title: string;
  description: string;
  /** Why it cannot be exported now; null when it can. */
  unavailable: string | null;
  exporting: boolean;
  onExport: () => void;
}

export function DocumentCard({ icon, title, description, unavailable, exporting, onExport }: DocumentCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const reasonId = useId();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Group align="flex-start" wrap="nowrap" gap="md" h="100%">
        <ThemeIcon size={40} radius="md" variant="light">
          {icon}
        </ThemeIcon>
        <Stack gap={6} style={{ flex: 1 }} h="100%">
          <Title order={2} fz="md" id={headingId}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
          <Group gap="sm" mt="auto" pt={4} wrap="nowrap" align="center">
            <Button
              size="sm"
              variant="light"
              leftSection={<IconFileTypeDocx size={16} />}
              disabled={unavailable !== null}
              aria-describedby={unavailable ? reasonId : undefined}
              loading={exporting}
              onClick={onExport}
              aria-label={t('common.files.exportOf', { name: title })}
            >
              {t('common.files.export')}
            </Button>
            {unavailable && (
              <Text id={reasonId} size="xs" c="orange.9">
                {unavailable}
              </Text>
            )}
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
