/**
 * The register of agreements: every agreement of every session, narrowed by any combination of
 * filters, sorted and paged in SQL so the first page answers fast with thousands of agreements.
 */
import { sql } from 'kysely';
import type { AgreementFilter, AgreementPage } from '../../../shared/domain/agreements';
import type { ParsedInput as In } from '../../../shared/contract';
import { OPEN_STATUSES } from '../../../shared/rules/agreementStatus';
import { addDays } from '../../../shared/rules/dates';
import { nameKey } from '../../../shared/rules/text';
import type { ServiceContext } from '../context';
import type { Db } from '../db/types';
import { agreementRowsQuery, SECRETARIAT, toAgreementRows } from './rows';

const SECRETARIAT_KEY = nameKey(SECRETARIAT);

type RowsQuery = ReturnType<typeof agreementRowsQuery>;

const likeEscaped = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The filters as SQL conditions; `today` decides what is overdue or due soon. */
export function applyFilter(query: RowsQuery, filter: AgreementFilter, today: string): RowsQuery {
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

export function applySort(query: RowsQuery, sort: In<'agreements.list'>['sort'], descending: boolean): RowsQuery {
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

async function countAgreements(db: Db, filter: AgreementFilter, today: string): Promise<number> {
  const base = applyFilter(agreementRowsQuery(db), filter, today).clearSelect();
  const row = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listAgreements(ctx: ServiceContext, input: In<'agreements.list'>): Promise<AgreementPage> {
  const today = ctx.clock.today();
  const filtered = applyFilter(agreementRowsQuery(ctx.db), input, today);
  const [total, rows] = await Promise.all([
    countAgreements(ctx.db, input, today),
    applySort(filtered, input.sort, input.descending)
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .execute(),
  ]);
  return { total, page: input.page, pageSize: input.pageSize, items: await toAgreementRows(ctx.db, rows, today) };
}
