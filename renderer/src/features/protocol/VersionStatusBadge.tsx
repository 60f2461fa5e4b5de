/** "Borrador", "Aprobado" or "Reemplazado". */
import type { BadgeProps } from '@mantine/core';
import { IconLock, IconPencil, IconReplace } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProtocolStatus } from '../../../../shared/domain/protocol';
import { type BadgeLook, IconBadge } from '../../components/IconBadge';

const LOOK: Record<ProtocolStatus, BadgeLook> = {
  borrador: { color: 'yellow', icon: IconPencil },
  aprobado: { color: 'teal', icon: IconLock },
  reemplazado: { color: 'gray', icon: IconReplace },
};

export function VersionStatusBadge({ status, size }: { status: ProtocolStatus; size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  return (
    <IconBadge look={LOOK[status]} size={size}>
      {t(`protocol.status.${status}`)}
    </IconBadge>
  );
}
