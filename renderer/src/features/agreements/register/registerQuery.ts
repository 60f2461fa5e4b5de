/**
 * The register's filters, order and page as the address holds them ("#/acuerdos?estado=pendiente
 * &vencidos=1&pagina=2"), so back and forward, a reload or a link from another screen (the
 * dashboard, an institution) show the same list. Only what differs from the default is written.
 */
import type { MethodInput } from '../../../../../shared/contract';
import { AGREEMENT_SORTS } from '../../../../../shared/domain/agreements';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../../../../../shared/rules/agreementStatus';
import { SECRETARIAT } from '../secretariat';

export type AgreementSort = (typeof AGREEMENT_SORTS)[number];

/** A responsible institution's id, or the secretaría técnica. */
export type Responsible = number | typeof SECRETARIAT;

export interface RegisterQuery {
  statuses: AgreementStatus[];
  responsible: Responsible | null;
  sessionId: number | null;
  year: number | null;
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
  overdue: 'vencidos',
  dueWithinDays: 'dias',
  search: 'buscar',
  sort: 'orden',
  descending: 'desc',
  page: 'pagina',
} as const satisfies Record<keyof RegisterQuery, string>;

const whole = (text: string | null, min: number): number | null => {
  const n = Number(text);
  return text !== null && Number.isInteger(n) && n >= min ? n : null;
};

/** A responsible as a select or the address names it; null for anything else. */
export const responsibleOf = (text: string | null): Responsible | null => (text === SECRETARIAT ? SECRETARIAT : whole(text, 1));

/** Whatever the address says, a query the backend accepts: unknown values are dropped. */
export function parseQuery(params: URLSearchParams): RegisterQuery {
  const sort = params.get(PARAM.sort);
  const overdue = params.get(PARAM.overdue) === '1';
  const days = whole(params.get(PARAM.dueWithinDays), 0);
  return {
    statuses: AGREEMENT_STATUSES.filter((s) => params.getAll(PARAM.statuses).includes(s)),
    responsible: responsibleOf(params.get(PARAM.responsible)),
    sessionId: whole(params.get(PARAM.sessionId), 1),
    year: whole(params.get(PARAM.year), 1990),
    overdue,
    // Overdue and due-soon exclude each other: overdue wins.
    dueWithinDays: overdue || days === null ? null : Math.min(days, 366),
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
  q.statuses.length > 0 || q.responsible !== null || q.sessionId !== null || q.year !== null || q.overdue || q.dueWithinDays !== null || q.search.trim() !== '';

/** The same order, without filters, from page 1. */
export const withoutFilters = (q: RegisterQuery): RegisterQuery => ({ ...DEFAULT_QUERY, sort: q.sort, descending: q.descending });

/** The filters as the contract's register and matrix take them. */
export function toFilter(q: RegisterQuery) {
  return {
    statuses: q.statuses,
    overdue: q.overdue,
    dueWithinDays: q.dueWithinDays,
    institutionId: typeof q.responsible === 'number' ? q.responsible : null,
    secretariat: q.responsible === SECRETARIAT,
    sessionId: q.sessionId,
    year: q.year,
    search: q.search.trim(),
  };
}

export const toListInput = (q: RegisterQuery): MethodInput<'agreements.list'> => ({ ...toFilter(q), sort: q.sort, descending: q.descending, page: q.page });
