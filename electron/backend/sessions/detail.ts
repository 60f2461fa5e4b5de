/** Sessions as the screens see them: the list row and the full page. */
import type { Session, SessionDetail } from '../../../shared/domain/sessions';
import type { ServiceContext } from '../context';
import type { Db } from '../db/types';
import { requireSettings } from '../taskforce/service';
import { actaHash } from './actaContent';
import { requireSession, type SessionRow } from './guards';
import { loadAgenda, titleOf } from './records';
import * as repo from './repository';
import { loadRoster, quorumOf } from './roster';

interface Extras {
  approvedIn: SessionRow | undefined;
  signed: { file_name: string; mime_type: string; uploaded_at: string } | undefined;
  counts: { present: number; agreements: number; missingDeliveries: number };
}

function sessionDto(row: SessionRow, { approvedIn, signed, counts }: Extras): Session {
  return {
    id: row.id,
    kind: row.kind as Session['kind'],
    year: row.year,
    number: row.number,
    actaNumberText: row.acta_number_text,
    title: titleOf(row),
    date: row.date,
    firstCallTime: row.first_call_time,
    secondCallTime: row.second_call_time,
    mode: row.mode as Session['mode'],
    place: row.place,
    virtualLink: row.virtual_link,
    presidedBy: row.presided_by,
    presidedPost: row.presided_post,
    secretaryName: row.secretary_name,
    secretaryPost: row.secretary_post,
    convocation:
      row.convocation_number_text === null || row.convocation_date === null
        ? null
        : {
            numberText: row.convocation_number_text,
            date: row.convocation_date,
            signer: (row.convocation_signer ?? 'secretariat') as 'presidency' | 'secretariat',
            reference: row.convocation_reference,
            enclosures: row.convocation_enclosures,
          },
    actaStatus: row.acta_status as Session['actaStatus'],
    call: row.call as Session['call'],
    startTime: row.start_time,
    endTime: row.end_time,
    approval: approvedIn
      ? { sessionId: approvedIn.id, sessionTitle: titleOf(approvedIn), date: approvedIn.date, observations: row.approval_observations }
      : null,
    signedScan: signed ? { fileName: signed.file_name, mimeType: signed.mime_type, uploadedAt: signed.uploaded_at } : null,
    agreementCount: counts.agreements,
    presentCount: counts.present,
    deliveriesMissing: counts.missingDeliveries,
  };
}

export async function listSessions(ctx: ServiceContext, filter: { year: number | null; kind: string | null }): Promise<Session[]> {
  const rows = await repo.listSessions(ctx.db, filter);
  const approverIds = rows.map((r) => r.approved_in_session_id).filter((id): id is number => id !== null);
  const [counts, approvers, signed] = await Promise.all([
    repo.sessionCounts(ctx.db),
    repo.findSessions(ctx.db, approverIds),
    repo.listSignedActaInfo(ctx.db),
  ]);
  const approverById = new Map(approvers.map((a) => [a.id, a]));
  const signedById = new Map(signed.map((s) => [s.session_id, s]));
  return rows.map((row) =>
    sessionDto(row, {
      approvedIn: row.approved_in_session_id === null ? undefined : approverById.get(row.approved_in_session_id),
      signed: signedById.get(row.id),
      counts: {
        present: counts.present.get(row.id) ?? 0,
        agreements: counts.agreements.get(row.id) ?? 0,
        missingDeliveries: counts.missingDeliveries.get(row.id) ?? 0,
      },
    }),
  );
}

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

/**
 * Before the convocation is issued the addressees are every institution with vote on the roster
 * plus the invited ones stored so far; from then on, exactly the stored list.
 */
async function addresseesOf(db: Db, row: SessionRow): Promise<SessionDetail['addressees']> {
  const stored = await repo.listAddressees(db, row.id);
  const toDto = (a: { institution_id: number; name: string; has_vote: number; delivered_on: string | null; received_by: string }) => ({
    institutionId: a.institution_id,
    institutionName: a.name,
    hasVote: a.has_vote === 1,
    deliveredOn: a.delivered_on,
    receivedBy: a.received_by,
  });
  if (row.convocation_number_text !== null) return stored.map(toDto);
  const voting = (await repo.rosterOn(db, row.date)).filter((i) => i.has_vote === 1);
  return [
    ...voting.map((i) => toDto({ institution_id: i.id, name: i.name, has_vote: 1, delivered_on: null, received_by: '' })),
    ...stored.filter((a) => a.has_vote === 0).map(toDto),
  ];
}
