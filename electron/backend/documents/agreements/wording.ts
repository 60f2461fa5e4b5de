/**
 * How the agreement follow-up documents, Word and Excel alike, name standings and write deadlines
 * and the share fulfilled.
 */
import type { StandingKey } from '../../../../shared/rules/agreementStatus';
import { NO_FIGURE } from '../../../../shared/rules/figures';
import { shortDate } from '../../../../shared/rules/spanish';

/** What an open agreement past its deadline says in place of (above) its status. */
export const OVERDUE = 'VENCIDO';

/** The summary's rows. Open agreements are split, so "al día" tells them from the overdue ones. */
export const STANDING_LABELS: Record<StandingKey, string> = {
  pendiente: 'Pendiente (al día)',
  en_proceso: 'En proceso (al día)',
  vencido: 'Vencido',
  cumplido: 'Cumplido',
  no_cumplido: 'No cumplido',
  anulado: 'Anulado',
};

/** What the deadline column says of an agreement adopted without one. */
export const NO_DEADLINE = 'Sin plazo';

export const deadlineText = (deadline: string | null): string => (deadline === null ? NO_DEADLINE : shortDate(deadline));

// One decimal and a decimal comma: a share such as 5 of 8 must read 62,5 %, not round to 63 %.
const oneDecimal = new Intl.NumberFormat('es', { maximumFractionDigits: 1 });

/** "Porcentaje de cumplimiento: 62,5 %", or a dash and why when nothing counts. */
export const fulfilledSentence = (share: number | null): string =>
  `Porcentaje de cumplimiento: ${share === null ? `${NO_FIGURE} (sin acuerdos computables)` : `${oneDecimal.format(share * 100)}\u00a0%`}`;
