/** Where an agreement stands: its status, and "Vencido" beside it when it is open past its deadline. */
import { type BadgeProps, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '../../../../shared/rules/agreementStatus';
import { IconBadge } from '../../components/IconBadge';
import { OVERDUE_LOOK, STATUS_LOOK, statusLabel } from './status';

interface StatusBadgesProps {
  status: AgreementStatus;
  overdue: boolean;
  size?: BadgeProps['size'];
}

export function StatusBadges({ status, overdue, size = 'sm' }: StatusBadgesProps) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      <IconBadge look={STATUS_LOOK[status]} size={size}>
        {statusLabel(t, status)}
      </IconBadge>
      {overdue && (
        <IconBadge look={OVERDUE_LOOK} size={size}>
          {t('agreements.overdue')}
        </IconBadge>
      )}
    </Group>
  );
}
