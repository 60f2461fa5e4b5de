/** "Borrador", "Aprobado" or "Cerrado". */
import type { BadgeProps } from '@mantine/core';
import { IconArchive, IconLock, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../../shared/domain/plan';
import { type BadgeLook, IconBadge } from '../../components/IconBadge';

type Status = PlanSummary['status'];

const LOOK: Record<Status, BadgeLook> = {
  borrador: { color: 'yellow', icon: IconPencil },
  aprobado: { color: 'teal', icon: IconLock },
  cerrado: { color: 'gray', icon: IconArchive },
};

export function PlanStatusBadge({ status, size }: { status: Status; size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  return (
    <IconBadge look={LOOK[status]} size={size}>
      {t(`plan.status.${status}`)}
    </IconBadge>
  );
}
