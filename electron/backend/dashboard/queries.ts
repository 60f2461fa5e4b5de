/** The figures Inicio shows, read in SQL: the next session, attendance over a year, the network's part. */
import { sql } from 'kysely';
import { OPEN_STATUSES } from '../../../shared/rules/agreementStatus';
import type { Db } from '../db/types';

/** The first session on or after `today` whose acta is still a draft. */
export const findNextSession = (db: Db, today: string) =>
  db
    .selectFrom('session')
    .selectAll()
    .where('date', '>=', today)
    .where('acta_status', '=', 'borrador')
    .orderBy('date')
    .orderBy('first_call_time')
    .limit(1)
    .executeTakeFirst();

/** How many institutions the session's convocation is addressed to, and how many copies are not delivered yet. */
export const countAddressees = (db: Db, sessionId: number) =>
  db
    .selectFrom('addressee')
    .select([(eb) => eb.fn.countAll<number>().as('total'), sql<number>`sum(delivered_on IS NULL)`.as('missing')])
    .where('session_id', '=', sessionId)
    .executeTakeFirstOrThrow();

/** Sessions held between `since` (excluded) and `today`: someone was recorded present. */
const heldSince = (since: string, today: string) => sql`
  SELECT s.id, s.date, s.acta_status FROM session s
  WHERE s.date > ${since} AND s.date <= ${today}
    AND EXISTS (SELECT 1 FROM attendance p WHERE p.session_id = s.id AND p.status IN ('titular', 'alterno'))`;

export async function countHeldSessions(db: Db, since: string, today: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM (${heldSince(since, today)})`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Per institution, in how many sessions held since `since` it had a vote and in how many it was
 * present. An approved acta stores its roster (with each seat's vote then); a draft one is read
 * from today's membership records for its date, as its acta would be.
 */
export async function attendanceSince(db: Db, since: string, today: string) {
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
  return rows;
}

/** Among the institutions active on `today`: how many are in the network, have a vote, or both. */
export const countNetworkMembers = (db: Db, today: string) =>
  db
    .selectFrom('institution')
    .select([sql<number>`sum(in_network)`.as('network'), sql<number>`sum(has_vote)`.as('voting'), sql<number>`sum(has_vote AND in_network)`.as('network_voting')])
    .where('active_from', '<=', today)
    .where((eb) => eb.or([eb('active_to', 'is', null), eb('active_to', '>=', today)]))
    .executeTakeFirstOrThrow();

/** Follow-up reports given by institutions of the network after `since`. */
export async function countNetworkReports(db: Db, since: string): Promise<number> {
  const row = await db
    .selectFrom('agreement_follow_up as f')
    .innerJoin('institution as i', 'i.id', 'f.institution_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('i.in_network', '=', 1)
    .where('f.reported_on', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Open agreements an institution of the network is responsible for. */
export async function countNetworkOpenAgreements(db: Db): Promise<number> {
  const row = await db
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
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
