/** Corrections to an approved acta (fe de erratas), dated and listed under it; the acta stays as approved. */
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../shared/domain/sessions';
import { longDate } from '../../lib/dates';
import { ErratumModal } from './ErratumModal';

export function ErrataSection({ session }: { session: SessionDetail }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [adding, setAdding] = useState(false);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Title order={2} fz="md" id={headingId}>
            {t('acta.errata.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('acta.errata.help')}
          </Text>
        </div>
        <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
          {t('acta.errata.add')}
        </Button>
      </Group>
      {session.errata.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('acta.errata.none')}
        </Text>
      ) : (
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {session.errata.map((erratum) => (
            <Paper key={erratum.id} component="li" withBorder radius="sm" p="sm" bg="gray.0">
              <Text size="xs" fw={600} c="dimmed">
                {longDate(erratum.recordedOn, i18n.language)}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {erratum.text}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      <ErratumModal session={session} opened={adding} onClose={() => setAdding(false)} />
    </Paper>
  );
}
