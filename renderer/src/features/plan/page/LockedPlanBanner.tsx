/** An approved plan's structure only reads; its progress is still reported. */
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../../shared/domain/plan';
import { LockBanner } from '../../../components/approval/LockBanner';

export function LockedPlanBanner({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <LockBanner
      approval={plan.approval}
      title={t(`plan.locked.title.${plan.status}`)}
      approvedKey="plan.locked.approved"
      body={t(`plan.locked.body.${plan.status}`)}
      current={plan.status === 'aprobado'}
    />
  );
}
