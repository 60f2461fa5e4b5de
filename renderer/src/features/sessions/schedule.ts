/** Where a session stands in time, for what the screens offer and how they colour it. */
import type { Session } from '../../../../shared/domain/sessions';
import { today } from '../../lib/dates';

/** Not held yet: its roll call cannot have started. */
export const isUpcoming = (session: Pick<Session, 'date'>): boolean => session.date > today();

export type SessionState = 'scheduled' | 'convened' | 'held';

/** The session's own state, apart from its acta's: programmed, convened, or held once its day comes. */
export function sessionState(session: Pick<Session, 'date' | 'convocation'>): SessionState {
  if (!isUpcoming(session)) return 'held';
  return session.convocation ? 'convened' : 'scheduled';
}
