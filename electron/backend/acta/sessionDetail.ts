/**
 * A session's full page. Beside the session's own record it shows the agreements adopted under each
 * item and the acta's fingerprint, so it is read here, above sessions and agreements: session
 * writes return the session's id and handlers.ts reads the page back through this.
 */
import type { SessionDetail } from '../../../shared/domain/sessions';
import type { ServiceContext } from '../context';
import { addresseesOf, sessionDto } from '../sessions/detail';
import { requireSession } from '../sessions/guards';
import { titleOf } from '../sessions/records';
import * as repo from '../sessions/repository';
import { loadRoster, quorumOf } from '../sessions/roster';
import { requireSettings } from '../taskforce/service';
import { loadAgenda } from './agenda';
import { actaHash } from './hash';

export async function getSessionDetail(ctx: ServiceContext, id: number): Promise<SessionDetail> {
  const { db } = ctx;
  const row = await requireSession(db, id);
  const settings = await requireSettings(ctx);
  const [agenda, attendance, guests, addressees, errata, approvedIn, signed, approved, pending, hash] = await Promise.all([
    loadAgenda(db, id),
    loadRoster(db, row),
    repo.listGuests(db, id),
    addresseesOf(db, row),
    repo.listErrata(db, id),
    row.approved_in_session_id === null ? Promise.resolve(undefined) : repo.findSession(db, row.approved_in_session_id),
    repo.findSignedActaInfo(db, id),
    repo.listApprovedIn(db, id),
    repo.listPendingBefore(db, row.date),
    actaHash(ctx, row),
  ]);
  const quorum = quorumOf(attendance, settings, row.call);
  const agreementCount = agenda.reduce((n, item) => n + item.agreements.length, 0);
  return {
    ...sessionDto(row, {
      approvedIn,
      signed,
      counts: {
        present: attendance.filter((a) => a.status === 'titular' || a.status === 'alterno').length,
        agreements: agreementCount,
        missingDeliveries: row.convocation_number_text === null ? 0 : addressees.filter((a) => a.deliveredOn === null).length,
      },
    }),
    agenda,
    attendance,
    guests: guests.map((g) => ({ id: g.id, fullName: g.full_name, institutionName: g.institution_name, post: g.post })),
    addressees,
    quorum,
    errata: errata.map((e) => ({ id: e.id, recordedOn: e.recorded_on, text: e.text })),
    approvedActas: approved.map((s) => ({ sessionId: s.id, title: titleOf(s), date: s.date, observations: s.approval_observations })),
    pendingActas: pending.filter((s) => s.id !== id).map((s) => ({ sessionId: s.id, title: titleOf(s), date: s.date })),
    contentHash: hash,
    locked: row.acta_status !== 'borrador',
  };
}
