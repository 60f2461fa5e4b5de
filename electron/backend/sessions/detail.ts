/**
 * Sessions as the screens see them: the list row, and the parts of the full page the session's own
 * record answers (the page itself, with agreements and the acta's fingerprint, is read in acta/).
 */
import type { Session, SessionDetail } from '../../../shared/domain/sessions';
import type { ServiceContext } from '../context';
import type { Db } from '../db/types';
import type { SessionRow } from './guards';
import { titleOf } from './records';
import * as repo from './repository';

export interface Extras {
  approvedIn: SessionRow | undefined;
  signed: { file_name: string; mime_type: string; uploaded_at: string } | undefined;
  counts: { present: number; agreements: number; missingDeliveries: number };
}

export function sessionDto(row: SessionRow, { approvedIn, signed, counts }: Extras): Session {
  return {
    id: row.id,
    kind: row.kind,
    year: row.year,
    number: row.number,
    actaNumberText: row.acta_number_text,
    title: titleOf(row),
    date: row.date,
    firstCallTime: row.first_call_time,
    secondCallTime: row.second_call_time,
    mode: row.mode,
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
            signer: row.convocation_signer ?? 'secretariat',
            reference: row.convocation_reference,
            enclosures: row.convocation_enclosures,
          },
    actaStatus: row.acta_status,
    call: row.call,
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

export async function listSessions(ctx: ServiceContext, filter: { year: number | null; kind: Session['kind'] | null }): Promise<Session[]> {
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

/**
 * Before the convocation is issued the addressees are every institution with vote on the roster
 * plus the invited ones stored so far; from then on, exactly the stored list.
 */
export async function addresseesOf(db: Db, row: SessionRow): Promise<SessionDetail['addressees']> {
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
