/** Whether the roll call's last clicks have reached the backend: "Guardando…" or "Cambios guardados". */
import { Group, Loader, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useIsMutating } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ROLL_CALL } from './useRollCall';

export function SaveState() {
  const { t } = useTranslation();
  const pending = useIsMutating({ mutationKey: ROLL_CALL }) > 0;
  return (
    <Group gap={6} wrap="nowrap" role="status" data-testid="roll-call-save-state" data-pending={pending}>
      {pending ? <Loader size={14} /> : <IconCheck size={14} color="var(--mantine-color-teal-7)" aria-hidden />}
      <Text size="xs" c="dimmed">
        {t(pending ? 'sessions.attendance.saving' : 'sessions.attendance.saved')}
      </Text>
    </Group>
  );
}
