/** The session's own state — "Programada", "Convocada" or "Realizada" — told apart from its acta's. */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../../shared/domain/sessions';
import { type SessionState, sessionState } from '../schedule';

const COLORS: Record<SessionState, string> = { scheduled: 'gray', convened: 'indigo', held: 'teal' };

export function SessionStateBadge({ session }: { session: Pick<Session, 'date' | 'convocation'> }) {
  const { t } = useTranslation();
  const state = sessionState(session);
  return (
    <Badge size="lg" variant="light" color={COLORS[state]}>
      {t(`sessions.state.${state}`)}
    </Badge>
  );
}
