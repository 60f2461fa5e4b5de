/**
 * The "seguimiento de acuerdos" of a session: the agreements still open when it meets are carried
 * into it, and what each responsible reports there is logged against the session and printed in its acta.
 */
import type { SessionFollowUp } from '../../../shared/domain/agreements';
import { isActaLocked } from '../../../shared/rules/acta';
import type { ServiceContext } from '../context';
import { loadFollowUps } from '../agreements/record';
import { listReportedOrOpenBefore } from '../agreements/queries';
import { toAgreementRows } from '../agreements/rows';
import { requireSession } from '../sessions/guards';

export async function sessionFollowUp(ctx: ServiceContext, sessionId: number): Promise<SessionFollowUp> {
  const session = await requireSession(ctx.db, sessionId);
  const locked = isActaLocked(session.acta_status);
  const reports = await loadFollowUps(ctx.db, { sessionId });
  const reported = [...new Set(reports.map((r) => r.agreementId))];
  // Once the acta is approved, the session shows what was reported in it and nothing more.
  const raw = await listReportedOrOpenBefore(ctx.db, reported, locked ? null : session.date);
  return { sessionId, canReport: !locked, agreements: await toAgreementRows(ctx.db, raw, ctx.clock.today()), reports };
}
