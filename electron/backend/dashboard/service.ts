/**
 * Inicio: what a secretary wants to see on opening the app. The next session and its convocation,
 * agreements by standing with the overdue and soon-due ones, who attends and who never comes, and
 * how the women leaders' network takes part.
 */
import { sql } from 'kysely';
import type { Dashboard } from '../../../shared/domain/dashboard';
import { type AgreementStatus, countStandings, DUE_SOON_DAYS, OPEN_STATUSES } from '../../../shared/rules/agreementStatus';
import { addDays } from '../../../shared/rules/dates';
import { agreementRowsQuery, toAgreementRows } from '../agreements/rows';
import type { ServiceContext } from '../context';
import { titleOf } from '../sessions/records';
import type { Db } from '../db/types';

/** How many overdue and soon-due agreements the lists show; the register has the rest. */
const LIST_LIMIT = 10;

async function nextSession(db: Db, today: string): Promise<Dashboard['nextSession']> {
  const row = await db
    .selectFrom('session')
    .selectAll()
    .where('date', '>=', today)
    .where('acta_status', '=', 'borrador')
    .orderBy('date')
    .orderBy('first_call_time')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const counts = await db
    .selectFrom('addressee')
    .select([(eb) => eb.fn.countAll<number>().as('total'), sql<number>`sum(delivered_on IS NULL)`.as('missing')])
    .where('session_id', '=', row.id)
    .executeTakeFirstOrThrow();
  const issued = row.convocation_number_text !== null;
  return {
    id: row.id,
    title: titleOf(row),
    date: row.date,
    firstCallTime: row.first_call_time,
    convocationIssued: issued,
    deliveriesMissing: issued ? Number(counts.missing ?? 0) : 0,
    addressees: Number(counts.total),
  };
}

async function byStatus(db: Db, today: string) {
  const rows = await db
    .selectFrom('agreement')
    .select(['status', 'deadline'])
    .execute();
  return countStandings(rows.map((r) => ({ status: r.status as AgreementStatus, deadline: r.deadline })), today);
}

async function listed(db: Db, today: string, which: 'overdue' | 'dueSoon') {
  let query = agreementRowsQuery(db).where('a.status', 'in', OPEN_STATUSES);
  query = which === 'overdue' ? query.where('a.deadline', '<', today) : query.where('a.deadline', '>=', today).where('a.deadline', '<=', addDays(today, DUE_SOON_DAYS));
  const raw = await query.orderBy('a.deadline').orderBy('a.year').orderBy('a.number').limit(LIST_LIMIT).execute();
  return toAgreementRows(db, raw, today);
}

/** Sessions of the last 12 months that were held: someone was recorded present. */
const heldSince = (since: string, today: string) => sql`
  SELECT s.id, s.date, s.acta_status FROM session s
  WHERE s.date > ${since} AND s.date <= ${today}
    AND EXISTS (SELECT 1 FROM attendance p WHERE p.session_id = s.id AND p.status IN ('titular', 'alterno'))`;

/**
 * Who had a vote in each held session: an approved acta stores its roster (with each seat's vote
 * then), a draft one is read from today's membership records for its date, as its acta would be.
 */
async function attendance(db: Db, today: string) {
  const since = addDays(today, -365);
  const { rows } = await sql<{ id: number; name: string; in_network: number; sessions: number; present: number }>`
    WITH held AS (${heldSince(since, today)}),
    seats AS (
      SELECT att.institution_id, att.status FROM held h JOIN attendance att ON att.session_id = h.id
      WHERE h.acta_status <> 'borrador' AND att.has_vote = 1
      UNION ALL
      SELECT i.id, att.status FROM held h
      JOIN institution i ON i.has_vote = 1 AND i.active_from <= h.date AND (i.active_to IS NULL OR i.active_to >= h.date)
      LEFT JOIN attendance att ON att.session_id = h.id AND att.institution_id = i.id
      WHERE h.acta_status = 'borrador'
    )
    SELECT i.id, i.name, i.in_network, count(*) AS sessions, sum(coalesce(seats.status IN ('titular', 'alterno'), 0)) AS present
    FROM seats JOIN institution i ON i.id = seats.institution_id
    GROUP BY i.id`.execute(db);
  return rows
    .map((r) => ({ institutionId: r.id, name: r.name, inNetwork: r.in_network === 1, sessions: Number(r.sessions), present: Number(r.present) }))
    .map((r) => ({ ...r, rate: r.present / r.sessions }))
    .sort((a, b) => a.rate - b.rate || a.name.localeCompare(b.name, 'es'));
}

async function network(db: Db, today: string, rates: Dashboard['attendance']): Promise<Dashboard['network']> {
  const since = addDays(today, -365);
  const [members, reports, open] = await Promise.all([
    db
      .selectFrom('institution')
      .select([sql<number>`sum(in_network)`.as('network'), sql<number>`sum(has_vote)`.as('voting'), sql<number>`sum(has_vote AND in_network)`.as('network_voting')])
      .where('active_from', '<=', today)
      .where((eb) => eb.or([eb('active_to', 'is', null), eb('active_to', '>=', today)]))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('agreement_follow_up as f')
      .innerJoin('institution as i', 'i.id', 'f.institution_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('i.in_network', '=', 1)
      .where('f.reported_on', '>', since)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('agreement as a')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('a.status', 'in', OPEN_STATUSES)
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('agreement_responsible as r')
            .innerJoin('institution as i', 'i.id', 'r.institution_id')
            .select('r.agreement_id')
            .whereRef('r.agreement_id', '=', 'a.id')
            .where('i.in_network', '=', 1),
        ),
      )
      .executeTakeFirstOrThrow(),
  ]);
  const rateOf = (rows: Dashboard['attendance']) => {
    const sessions = rows.reduce((sum, r) => sum + r.sessions, 0);
    return sessions === 0 ? null : rows.reduce((sum, r) => sum + r.present, 0) / sessions;
  };
  const voting = Number(members.voting ?? 0);
  return {
    institutions: Number(members.network ?? 0),
    votingShare: voting === 0 ? 0 : Number(members.network_voting ?? 0) / voting,
    attendanceRate: rateOf(rates.filter((r) => r.inNetwork)),
    othersAttendanceRate: rateOf(rates.filter((r) => !r.inNetwork)),
    reports: Number(reports.n),
    openAgreements: Number(open.n),
  };
}

export async function getDashboard(ctx: ServiceContext): Promise<Dashboard> {
  const today = ctx.clock.today();
  const since = addDays(today, -365);
  const [next, counts, overdue, dueSoon, rates, held] = await Promise.all([
    nextSession(ctx.db, today),
    byStatus(ctx.db, today),
    listed(ctx.db, today, 'overdue'),
    listed(ctx.db, today, 'dueSoon'),
    attendance(ctx.db, today),
    sql<{ n: number }>`SELECT count(*) AS n FROM (${heldSince(since, today)})`.execute(ctx.db),
  ]);
  return {
    today,
    nextSession: next,
    byStatus: counts,
    overdue,
    dueSoon,
    attendance: rates,
    network: await network(ctx.db, today, rates),
    sessionsLast12Months: Number(held.rows[0]?.n ?? 0),
  };
}
