/**
 * "Borrador", "Aprobada" or "Firmada"; a padlock once the acta can no longer change. Beside the
 * session's own state it says whose status it is: "Acta: Borrador".
 */
import { Badge, type BadgeProps } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type ActaStatus, isActaLocked } from '../../../../shared/rules/acta';

const COLORS: Record<ActaStatus, string> = { borrador: 'yellow', aprobada: 'teal', firmada: 'blue' };

interface ActaStatusBadgeProps {
  status: ActaStatus;
  size?: BadgeProps['size'];
  /** Names the acta, where the badge stands beside the session's state. */
  named?: boolean;
}

export function ActaStatusBadge({ status, size = 'md', named = false }: ActaStatusBadgeProps) {
  const { t } = useTranslation();
  const locked = isActaLocked(status);
  return (
    <Badge
      size={size}
      variant="light"
      color={COLORS[status]}
      leftSection={locked ? <IconLock size={12} aria-hidden /> : undefined}
      title={locked ? t('sessions.acta.lockedHint') : undefined}
    >
      {named ? t('sessions.acta.badge', { status: t(`sessions.acta.status.${status}`) }) : t(`sessions.acta.status.${status}`)}
    </Badge>
  );
}
