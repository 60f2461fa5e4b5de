/** A constant reminder that the data on screen is fictional, with the way back to the real data. */
import { Button, Group, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSwitchDatabase } from '../features/workspace/queries';
import { notifyError } from '../lib/notify';

export const DEMO_BANNER_HEIGHT = 44;

export function DemoBanner() {
  const { t } = useTranslation();
  const openReal = useSwitchDatabase('workspace.openReal');
  return (
    <Group
      role="region"
      aria-label={t('shell.demo.label')}
      h={DEMO_BANNER_HEIGHT}
      px="md"
      gap="sm"
      justify="center"
      wrap="nowrap"
      bg="yellow.1"
      style={{ borderTop: '1px solid var(--mantine-color-yellow-3)' }}
    >
      <IconFlask size={18} color="var(--mantine-color-yellow-9)" />
      <Text size="sm" c="yellow.9" truncate>
        {t('shell.demo.body')}
      </Text>
      <Button
        size="compact-sm"
        variant="white"
        color="dark"
        loading={openReal.isPending}
        onClick={() => openReal.mutate({}, { onError: notifyError })}
      >
        {t('shell.demo.backToReal')}
      </Button>
    </Group>
  );
}
