/**
 * The register's filters, order and page as the address holds them ("#/acuerdos?estado=pendiente
 * &vencidos=1&pagina=2"), so back and forward, a reload or a link from another screen (the
 * dashboard, an institution) show the same list. Only what differs from the default is written.
 */
import type { MethodInput } from '../../../../../shared/contract';
import { AGREEMENT_SORTS } from '../../../../../shared/domain/agreements';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../../../../../shared/rules/agreementStatus';
import { isRealDate } from '../../../../../shared/rules/dates';
import { SECRETARIAT } from '../secretariat';

export type AgreementSort = (typeof AGREEMENT_SORTS)[number];

/** A responsible institution's id, or the secretaría técnica. */
export type Responsible = number | typeof SECRETARIAT;

export interface RegisterQuery {
  statuses: AgreementStatus[];
  responsible: Responsible | null;
  sessionId: number | null;
  year: number | null;
  /** A period of session dates (ISO, both days included); either end may be open. */
  from: string | null;
  to: string | null;
  overdue: boolean;
  dueWithinDays: number | null;
  search: string;
  sort: AgreementSort;
  descending: boolean;
  page: number;
}

export const DEFAULT_QUERY: RegisterQuery = {
  statuses: [],
  responsible: null,
  sessionId: null,
  year: null,
  from: null,
  to: null,
  overdue: false,
  dueWithinDays: null,
  search: '',
  sort: 'number',
  descending: false,
  page: 1,
};

const PARAM = {
  statuses: 'estado',
  responsible: 'responsable',
  sessionId: 'sesion',
  year: 'anio',
  from: 'desde',
  to: 'hasta',
  overdue: 'vencidos',
  dueWithinDays: 'dias',
  search: 'buscar',
  sort: 'orden',
  descending: 'desc',
  page: 'pagina',
} as const satisfies Record<keyof RegisterQuery, string>;

/**
 * A whole number written in digits only, within [min, max]; null otherwise. Number() alone would
 * read an empty "dias=" as 0 and "1e3" as 1000.
 */
const whole = (text: string | null, min: number, max = Infinity): number | null => {
  if (text === null || !/^\d{1,15}$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
};

/** A real day written as ISO ("2026-03-12"); null otherwise. */
const isoDay = (text: string | null): string | null => (text !== null && isRealDate(text) ? text : null);

/** A responsible as a select or the address names it; null for anything else. */
export const responsibleOf = (text: string | null): Responsible | null => (text === SECRETARIAT ? SECRETARIAT : whole(text, 1));

/**
 * Whatever the address says, a query the backend accepts: unknown or out-of-range values (the
 * contract's bounds) are dropped, so a mistyped link shows the register rather than an error.
 */
export function parseQuery(params: URLSearchParams): RegisterQuery {
  const sort = params.get(PARAM.sort);
  const overdue = params.get(PARAM.overdue) === '1';
  return {
    statuses: AGREEMENT_STATUSES.filter((s) => params.getAll(PARAM.statuses).includes(s)),
    responsible: responsibleOf(params.get(PARAM.responsible)),
    sessionId: whole(params.get(PARAM.sessionId), 1),
    year: whole(params.get(PARAM.year), 1990, 2200),
    from: isoDay(params.get(PARAM.from)),
    to: isoDay(params.get(PARAM.to)),
    overdue,
    // Overdue and due-soon exclude each other: overdue wins.
    dueWithinDays: overdue ? null : whole(params.get(PARAM.dueWithinDays), 0, 366),
    search: (params.get(PARAM.search) ?? '').slice(0, 200),
    sort: AGREEMENT_SORTS.find((s) => s === sort) ?? 'number',
    descending: params.get(PARAM.descending) === '1',
    page: whole(params.get(PARAM.page), 1) ?? 1,
  };
}

export function toParams(query: RegisterQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of query.statuses) params.append(PARAM.statuses, status);
  if (query.responsible !== null) params.set(PARAM.responsible, String(query.responsible));
  if (query.sessionId !== null) params.set(PARAM.sessionId, String(query.sessionId));
  if (query.year !== null) params.set(PARAM.year, String(query.year));
  if (query.from !== null) params.set(PARAM.from, query.from);
  if (query.to !== null) params.set(PARAM.to, query.to);
  if (query.overdue) params.set(PARAM.overdue, '1');
  if (query.dueWithinDays !== null) params.set(PARAM.dueWithinDays, String(query.dueWithinDays));
  if (query.search.trim() !== '') params.set(PARAM.search, query.search);
  if (query.sort !== DEFAULT_QUERY.sort) params.set(PARAM.sort, query.sort);
  if (query.descending) params.set(PARAM.descending, '1');
  if (query.page > 1) params.set(PARAM.page, String(query.page));
  return params;
}

/** The register of one responsible, as the per-institution view links to it. */
export const responsibleSearch = (responsible: Responsible): string => `?${toParams({ ...DEFAULT_QUERY, responsible })}`;

/** Whether any filter narrows the list (order and page do not). */
export const isFiltered = (q: RegisterQuery): boolean =>
  q.statuses.length > 0 ||
  q.responsible !== null ||
  q.sessionId !== null ||
  q.year !== null ||
  q.from !== null ||
  q.to !== null ||
  q.overdue ||
  q.dueWithinDays !== null ||
  q.search.trim() !== '';

/** The order, as the register and the matrix both take it. */
const toOrder = (q: RegisterQuery) => ({ sort: q.sort, descending: q.descending });

/** The same order, without filters, from page 1. */
export const withoutFilters = (q: RegisterQuery): RegisterQuery => ({ ...DEFAULT_QUERY, ...toOrder(q) });

/** The filters as the contract's register and matrix take them. */
function toFilter(q: RegisterQuery) {
  return {
    statuses: q.statuses,
    overdue: q.overdue,
    dueWithinDays: q.dueWithinDays,
    institutionId: typeof q.responsible === 'number' ? q.responsible : null,
    secretariat: q.responsible === SECRETARIAT,
    sessionId: q.sessionId,
    year: q.year,
    from: q.from,
    to: q.to,
    search: q.search.trim(),
  };
}

export const toListInput = (q: RegisterQuery): MethodInput<'agreements.list'> => ({ ...toFilter(q), ...toOrder(q), page: q.page });

/** The matrix of what the register shows: same filters, same order, every page. */
type MatrixInput = MethodInput<'documents.agreementMatrix'>;
export const toMatrixInput = (q: RegisterQuery, format: MatrixInput['format']): MatrixInput => ({ ...toFilter(q), ...toOrder(q), format });
