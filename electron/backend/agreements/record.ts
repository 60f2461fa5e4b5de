/** One agreement in full: its register row, where it was adopted, and its follow-up timeline. */
import type { AgreementRecord, FollowUp } from '../../../shared/domain/agreements';
import type { AgreementStatus } from '../../../shared/rules/agreementStatus';
import { type SessionKindName, sessionTitle } from '../../../shared/rules/sessionTitle';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import type { Db } from '../db/types';
import { agreementRowsQuery, SECRETARIAT, toAgreementRows } from './rows';

/** Follow-up entries of the given agreements (or of one session), oldest first, with before/after values. */
export async function loadFollowUps(db: Db, scope: { agreementIds: number[] } | { sessionId: number }): Promise<FollowUp[]> {
  let query = db
    .selectFrom('agreement_follow_up as f')
    .leftJoin('institution as i', 'i.id', 'f.institution_id')
    .leftJoin('session as s', 's.id', 'f.session_id')
    .select([
      'f.id',
      'f.agreement_id',
      'f.reported_on',
      'f.institution_id',
      'i.name as institution_name',
      'f.session_id',
      's.kind as session_kind',
      's.number as session_number',
      's.year as session_year',
      's.date as session_date',
      's.acta_status',
      'f.text',
      'f.status',
      'f.progress',
      'f.evidence_name',
    ]);
  if ('sessionId' in scope) query = query.where('f.session_id', '=', scope.sessionId);
  else if (scope.agreementIds.length === 0) return [];
  else query = query.where('f.agreement_id', 'in', scope.agreementIds);
  const rows = await query.orderBy('f.agreement_id').orderBy('f.reported_on').orderBy('f.id').execute();
  // The "before" of an entry is the entry before it in the same agreement's log.
  const previous = await previousEntries(db, rows.map((r) => r.id));
  const latest = await latestEntryIds(db, [...new Set(rows.map((r) => r.agreement_id))]);
  return rows.map((row) => {
    const before = previous.get(row.id);
    return {
      id: row.id,
      agreementId: row.agreement_id,
      reportedOn: row.reported_on,
      institutionId: row.institution_id,
      reporter: row.institution_name ?? SECRETARIAT,
      sessionId: row.session_id,
      sessionTitle:
        row.session_id === null ? null : sessionTitle(row.session_kind as SessionKindName, row.session_number, row.session_year!, row.session_date!),
      text: row.text,
      status: row.status as AgreementStatus,
      progress: row.progress,
      previousStatus: (before?.status ?? 'pendiente') as AgreementStatus,
      previousProgress: before?.progress ?? 0,
      evidenceName: row.evidence_name,
      removable: latest.has(row.id) && (row.acta_status === null || row.acta_status === 'borrador'),
    };
  });
}

/** For each entry, the status and progress it replaced. */
async function previousEntries(db: Db, ids: number[]) {
  if (ids.length === 0) return new Map<number, { status: string; progress: number }>();
  const rows = await db
    .selectFrom('agreement_follow_up as f')
    .innerJoin('agreement_follow_up as p', 'p.agreement_id', 'f.agreement_id')
    .select(['f.id', 'p.status', 'p.progress', 'p.reported_on', 'p.id as previous_id'])
    .where('f.id', 'in', ids)
    .where((eb) => eb.or([eb('p.reported_on', '<', eb.ref('f.reported_on')), eb.and([eb('p.reported_on', '=', eb.ref('f.reported_on')), eb('p.id', '<', eb.ref('f.id'))])]))
    .orderBy('p.reported_on')
    .orderBy('p.id')
    .execute();
  // Ordered oldest first, so the last one kept per entry is the one just before it.
  return new Map(rows.map((r) => [r.id, { status: r.status, progress: r.progress }]));
}

/** The newest entry of each agreement: the only one that may be taken back. */
export async function latestEntryIds(db: Db, agreementIds: number[]): Promise<Set<number>> {
  if (agreementIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('agreement_follow_up as f')
    .select('f.id')
    .where('f.agreement_id', 'in', agreementIds)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('agreement_follow_up as n')
            .select('n.id')
            .whereRef('n.agreement_id', '=', 'f.agreement_id')
            .where((eb) => eb.or([eb('n.reported_on', '>', eb.ref('f.reported_on')), eb.and([eb('n.reported_on', '=', eb.ref('f.reported_on')), eb('n.id', '>', eb.ref('f.id'))])])),
        ),
      ),
    )
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function getAgreementRecord(ctx: ServiceContext, id: number): Promise<AgreementRecord> {
  const raw = await agreementRowsQuery(ctx.db)
    .innerJoin('agenda_item as g', 'g.id', 'a.agenda_item_id')
    .select(['g.title as agenda_title', 's.acta_status'])
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!raw) throw new AppError('NOT_FOUND', 'agreements.notFound');
  const [[row], file, followUps] = await Promise.all([
    toAgreementRows(ctx.db, [raw], ctx.clock.today()),
    ctx.db.selectFrom('agreement_verification_file').select('file_name').where('agreement_id', '=', id).executeTakeFirst(),
    loadFollowUps(ctx.db, { agreementIds: [id] }),
  ]);
  return {
    ...row!,
    agendaItemTitle: raw.agenda_title,
    textLocked: raw.acta_status !== 'borrador',
    verificationFileName: file?.file_name ?? null,
    followUps,
  };
}
