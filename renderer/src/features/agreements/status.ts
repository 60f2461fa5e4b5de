/** How each status reads: its word, colour and icon, so a badge reads without colour too. */
import { IconAlarm, IconBan, IconCircleCheck, IconCircleDashed, IconCircleX, IconProgress } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../../../../shared/rules/agreementStatus';
import type { BadgeLook } from '../../components/IconBadge';

export const STATUS_LOOK: Record<AgreementStatus, BadgeLook> = {
  pendiente: { color: 'gray', icon: IconCircleDashed },
  en_proceso: { color: 'blue', icon: IconProgress },
  cumplido: { color: 'teal', icon: IconCircleCheck },
  no_cumplido: { color: 'orange', icon: IconCircleX },
  anulado: { color: 'dark', icon: IconBan, variant: 'outline' },
};

/** Overdue is not a status but a fact about one: filled red, with its own word and icon. */
export const OVERDUE_LOOK: BadgeLook = { color: 'red', icon: IconAlarm, variant: 'filled' };

export const statusLabel = (t: TFunction, status: AgreementStatus): string => t(`agreements.status.${status}`);

export const statusOptions = (t: TFunction) => AGREEMENT_STATUSES.map((value) => ({ value, label: statusLabel(t, value) }));
