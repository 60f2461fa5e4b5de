/** "Borrador", "Aprobada" or "Firmada"; a padlock once the acta can no longer change. */
import { Badge, type BadgeProps } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type ActaStatus, isActaLocked } from '../../../../shared/rules/acta';

const COLORS: Record<ActaStatus, string> = { borrador: 'yellow', aprobada: 'teal', firmada: 'blue' };

export function ActaStatusBadge({ status, size = 'md' }: { status: ActaStatus; size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  const locked = isActaLocked(status);
  return (
    <Badge
      size={size}
      variant="light"
      color={COLORS[status]}
      leftSection={locked ? <IconLock size={12} aria-hidden /> : undefined}
      title={locked ? t('sessionsUi.acta.lockedHint') : undefined}
    >
      {t(`sessionsUi.acta.status.${status}`)}
    </Badge>
  );
}
