/**
 * Agreements as the register lists them: one query shape (the agreement joined to its session)
 * shared by the register, the matrix, reminders, the dashboard and the session's follow-up, so
 * every screen shows the same row. Filtered, sorted and paged in SQL so the first page answers fast
 * with thousands of agreements; rows.ts adds the responsibles and what is derived from them.
 */
import { sql } from 'kysely';
import type { ParsedInput as In } from '../../../shared/contract';
import type { AgreementFilter } from '../../../shared/domain/agreements';
import { OPEN_STATUSES } from '../../../shared/rules/agreementStatus';
import { addDays } from '../../../shared/rules/dates';
import { nameKey } from '../../../shared/rules/text';
import type { Db } from '../db/types';
import { SECRETARIAT } from './secretariat';

const SECRETARIAT_KEY = nameKey(SECRETARIAT);

const rowsQuery = (db: Db) =>
  db
    .selectFrom('agreement as a')
    .innerJoin('session as s', 's.id', 'a.session_id')
    .select([
      'a.id',
      'a.number_text',
      'a.year',
      'a.number',
      'a.text',
      'a.session_id',
      'a.secretariat_responsible',
      'a.deadline',
      'a.status',
      'a.progress',
      'a.last_report_on',
      'a.verification',
      'a.observations',
      'a.reminders_silenced',
      's.kind as session_kind',
      's.number as session_number',
      's.year as session_year',
      's.date as session_date',
      sql<number>`EXISTS (SELECT 1 FROM agreement_verification_file f WHERE f.agreement_id = a.id)`.as('has_file'),
    ]);

type RowsQuery = ReturnType<typeof rowsQuery>;
export type AgreementRawRow = Awaited<ReturnType<RowsQuery['execute']>>[number];

const likeEscaped = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The filters as SQL conditions; `today` decides what is overdue or due soon. */
function applyFilter(query: RowsQuery, filter: AgreementFilter, today: string): RowsQuery {
  let q = query;
  if (filter.statuses.length > 0) q = q.where('a.status', 'in', filter.statuses);
  if (filter.overdue) q = q.where('a.status', 'in', OPEN_STATUSES).where('a.deadline', '<', today);
  if (filter.dueWithinDays !== null) {
    q = q.where('a.status', 'in', OPEN_STATUSES).where('a.deadline', '>=', today).where('a.deadline', '<=', addDays(today, filter.dueWithinDays));
  }
  if (filter.institutionId !== null) {
    const institutionId = filter.institutionId;
    q = q.where(({ exists, selectFrom }) =>
      exists(selectFrom('agreement_responsible as r').select('r.agreement_id').whereRef('r.agreement_id', '=', 'a.id').where('r.institution_id', '=', institutionId)),
    );
  }
  if (filter.secretariat) q = q.where('a.secretariat_responsible', '=', 1);
  if (filter.sessionId !== null) q = q.where('a.session_id', '=', filter.sessionId);
  if (filter.year !== null) q = q.where('a.year', '=', filter.year);
  if (filter.from !== null) q = q.where('s.date', '>=', filter.from);
  if (filter.to !== null) q = q.where('s.date', '<=', filter.to);
  const key = nameKey(filter.search);
  if (key !== '') {
    const like = likeEscaped(key);
    q = q.where(
      sql<boolean>`(a.search_key LIKE ${like} ESCAPE '\\' OR EXISTS (
        SELECT 1 FROM agreement_responsible r JOIN institution i ON i.id = r.institution_id
        WHERE r.agreement_id = a.id AND (i.name_key LIKE ${like} ESCAPE '\\' OR lower(i.acronym) LIKE ${like} ESCAPE '\\'))
        OR (a.secretariat_responsible = 1 AND ${SECRETARIAT_KEY} LIKE ${like} ESCAPE '\\'))`,
    );
  }
  return q;
}

/** Open ones first when sorting by status (pendiente, en proceso), then no cumplido, cumplido, anulado: what needs attention leads. */
const STATUS_ORDER = sql<number>`CASE a.status WHEN 'pendiente' THEN 1 WHEN 'en_proceso' THEN 2 WHEN 'no_cumplido' THEN 3 WHEN 'cumplido' THEN 4 ELSE 5 END`;

export interface RegisterOrder {
  sort: In<'agreements.list'>['sort'];
  descending: boolean;
}

function applySort(query: RowsQuery, { sort, descending }: RegisterOrder): RowsQuery {
  const dir = descending ? 'desc' : 'asc';
  const byNumber = (q: RowsQuery) => q.orderBy('a.year', dir).orderBy('a.number', dir);
  switch (sort) {
    case 'deadline':
      // Agreements without a deadline go last either way.
      return byNumber(query.orderBy(sql`a.deadline IS NULL`).orderBy('a.deadline', dir));
    case 'status':
      // Within a status, the soonest deadline first whichever way the statuses run.
      return byNumber(query.orderBy(STATUS_ORDER, dir).orderBy(sql`a.deadline IS NULL`).orderBy('a.deadline'));
    case 'progress':
      return byNumber(query.orderBy('a.progress', dir));
    case 'session':
      return byNumber(query.orderBy('s.date', dir));
    case 'number':
      return byNumber(query);
  }
}

/** The soonest deadline first, then by number: what needs attending to first. */
const byDeadline = (query: RowsQuery) => query.orderBy('a.deadline').orderBy('a.year').orderBy('a.number');

/** What `filter` selects as of `today`, in the register's order; one page of it when `page` is given. */
export function listAgreementRows(db: Db, filter: AgreementFilter, today: string, order: RegisterOrder, page?: { limit: number; offset: number }) {
  const query = applySort(applyFilter(rowsQuery(db), filter, today), order);
  return (page ? query.limit(page.limit).offset(page.offset) : query).execute();
}

export async function countAgreementRows(db: Db, filter: AgreementFilter, today: string): Promise<number> {
  const row = await applyFilter(rowsQuery(db), filter, today)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What `filter` selects as of `today`, soonest deadline first; at most `limit` when given. */
export function listAgreementRowsByDeadline(db: Db, filter: AgreementFilter, today: string, limit?: number) {
  const query = byDeadline(applyFilter(rowsQuery(db), filter, today));
  return (limit === undefined ? query : query.limit(limit)).execute();
}

/** Open agreements whose reminders are not silenced, due on or before `until`; soonest deadline first. */
export const listRemindableRows = (db: Db, until: string) =>
  byDeadline(rowsQuery(db).where('a.status', 'in', OPEN_STATUSES).where('a.reminders_silenced', '=', 0).where('a.deadline', '<=', until)).execute();

export const listAgreementRowsByIds = (db: Db, ids: number[]) => rowsQuery(db).where('a.id', 'in', ids).execute();

/**
 * The agreements reported on in `reportedIds` and, when `openBefore` is given, those still open
 * that were adopted before that date; by number.
 */
export function listReportedOrOpenBefore(db: Db, reportedIds: number[], openBefore: string | null) {
  return rowsQuery(db)
    .where((eb) => {
      const inReports = reportedIds.length > 0 ? [eb('a.id', 'in', reportedIds)] : [];
      const carried = openBefore === null ? [] : [eb.and([eb('s.date', '<', openBefore), eb('a.status', 'in', OPEN_STATUSES)])];
      const any = [...inReports, ...carried];
      return any.length > 0 ? eb.or(any) : sql<boolean>`0`;
    })
    .orderBy('a.year')
    .orderBy('a.number')
    .execute();
}

/** One agreement's row with the title of the item it was adopted under and its acta's status. */
export const findAgreementRecordRow = (db: Db, id: number) =>
  rowsQuery(db)
    .innerJoin('agenda_item as g', 'g.id', 'a.agenda_item_id')
    .select(['g.title as agenda_title', 's.acta_status'])
    .where('a.id', '=', id)
    .executeTakeFirst();

// Standing: what each responsible still owes.

const OPEN = sql.raw(`a.status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`);

export interface StandingCounts {
  total: number;
  open: number;
  overdue: number;
  due_soon: number;
  fulfilled: number;
}

function standingColumns(today: string, soonUntil: string) {
  return sql<StandingCounts>`
    count(*) AS total,
    sum(${OPEN}) AS open,
    sum(${OPEN} AND a.deadline < ${today}) AS overdue,
    sum(${OPEN} AND a.deadline >= ${today} AND a.deadline <= ${soonUntil}) AS due_soon,
    sum(a.status = 'cumplido') AS fulfilled`;
}

/** The counts of every institution responsible for at least one agreement, and of the secretaría técnica. */
export async function standingCounts(db: Db, today: string, soonUntil: string) {
  const columns = standingColumns(today, soonUntil);
  const [institutions, secretariat] = await Promise.all([
    sql<StandingCounts & { institution_id: number; name: string }>`
      SELECT r.institution_id, i.name, ${columns}
      FROM agreement_responsible r JOIN agreement a ON a.id = r.agreement_id JOIN institution i ON i.id = r.institution_id
      GROUP BY r.institution_id`.execute(db),
    sql<StandingCounts>`SELECT ${columns} FROM agreement a WHERE a.secretariat_responsible = 1`.execute(db),
  ]);
  return { institutions: institutions.rows, secretariat: secretariat.rows[0] };
}

/** Every agreement's status and deadline, to count them by standing. */
export const listStatuses = (db: Db) => db.selectFrom('agreement').select(['status', 'deadline']).execute();
