/** "No iniciada", "En marcha", "Retrasada" or "Cumplida". */
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed, IconProgress } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ActivityStatus } from '../../../../../shared/rules/planProgress';
import { type BadgeLook, IconBadge } from '../../../components/IconBadge';

const LOOK: Record<ActivityStatus, BadgeLook> = {
  not_started: { color: 'gray', icon: IconCircleDashed, variant: 'outline' },
  on_track: { color: 'violet', icon: IconProgress },
  behind: { color: 'orange', icon: IconAlertTriangle },
  done: { color: 'teal', icon: IconCircleCheck },
};

export function ActivityStatusBadge({ status }: { status: ActivityStatus }) {
  const { t } = useTranslation();
  return <IconBadge look={LOOK[status]}>{t(`plan.activityStatus.${status}`)}</IconBadge>;
}
