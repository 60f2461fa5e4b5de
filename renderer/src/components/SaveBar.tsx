/**
 * "Guardar cambios" and "Descartar cambios", kept in view under the header however long the tab,
 * and usable only once something has changed.
 */
import { Button, Group, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface SaveBarProps {
  changed: boolean;
  saving: boolean;
  onSave: () => void;
  onDiscard: () => void;
}

export function SaveBar({ changed, saving, onSave, onDiscard }: SaveBarProps) {
  const { t } = useTranslation();
  return (
    <Group
      role="region"
      aria-label={t('common.saveBar.label')}
      justify="space-between"
      wrap="nowrap"
      gap="md"
      py="sm"
      mb="sm"
      bg="gray.0"
      pos="sticky"
      top="var(--app-shell-header-offset, 0rem)"
      style={{ zIndex: 3 }}
    >
      <Text size="sm" c={changed ? 'orange.9' : 'dimmed'} fw={changed ? 600 : undefined} role="status">
        {t(changed ? 'common.saveBar.unsaved' : 'common.saveBar.noChanges')}
      </Text>
      <Group gap="sm" wrap="nowrap">
        <Button variant="default" onClick={onDiscard} disabled={!changed || saving}>
          {t('common.saveBar.discard')}
        </Button>
        <Button leftSection={<IconDeviceFloppy size={16} />} onClick={onSave} loading={saving} disabled={!changed}>
          {t('common.saveChanges')}
        </Button>
      </Group>
    </Group>
  );
}
