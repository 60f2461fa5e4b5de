/** The agreements register's filters as the address holds them ("#/acuerdos?estado=pendiente&pagina=2"). */
import { describe, expect, it } from 'vitest';
import { agreementListInput, matrixInput } from '../../shared/domain/agreements';
import {
  DEFAULT_QUERY,
  isFiltered,
  parseQuery,
  type RegisterQuery,
  responsibleSearch,
  toListInput,
  toMatrixInput,
  toParams,
  withoutFilters,
} from '../../renderer/src/features/agreements/register/registerQuery';
import { SECRETARIAT } from '../../renderer/src/features/agreements/secretariat';

const parse = (search: string) => parseQuery(new URLSearchParams(search));

const EVERYTHING: RegisterQuery = {
  statuses: ['pendiente', 'en_proceso'],
  responsible: 7,
  sessionId: 12,
  year: 2026,
  from: '2026-01-01',
  to: '2026-06-30',
  overdue: false,
  dueWithinDays: 15,
  search: 'campaña',
  sort: 'deadline',
  descending: true,
  page: 3,
};

describe('the register query in the address', () => {
  it('writes nothing for the default query, and reads an empty address as the default', () => {
    expect(toParams(DEFAULT_QUERY).toString()).toBe('');
    expect(parse('')).toEqual(DEFAULT_QUERY);
  });

  it('writes every filter under its Spanish name and reads the same query back', () => {
    const address = toParams(EVERYTHING).toString();
    expect(address).toBe(
      'estado=pendiente&estado=en_proceso&responsable=7&sesion=12&anio=2026&desde=2026-01-01&hasta=2026-06-30&dias=15&buscar=campa%C3%B1a&orden=deadline&desc=1&pagina=3',
    );
    expect(parse(address)).toEqual(EVERYTHING);
  });

  it('round-trips the secretaría técnica and the overdue filter', () => {
    const query: RegisterQuery = { ...DEFAULT_QUERY, responsible: SECRETARIAT, overdue: true };
    expect(toParams(query).toString()).toBe('responsable=st&vencidos=1');
    expect(parse(toParams(query).toString())).toEqual(query);
  });

  it('drops what a mistyped link gets wrong instead of failing', () => {
    expect(parse('estado=archivado&estado=cumplido&sesion=0&anio=1989&desde=2026-02-30&hasta=ayer&dias=1e3&orden=fecha&pagina=0')).toEqual({
      ...DEFAULT_QUERY,
      statuses: ['cumplido'],
    });
    expect(parse('responsable=-3&anio=2201&dias=367&pagina=abc')).toEqual(DEFAULT_QUERY);
    // Number('') is 0: an empty "dias=" must not mean "due today".
    expect(parse('dias=').dueWithinDays).toBeNull();
  });

  it('lists statuses in their usual order whatever the address says, and cuts a long search', () => {
    expect(parse('estado=anulado&estado=pendiente&estado=pendiente').statuses).toEqual(['pendiente', 'anulado']);
    expect(parse(`buscar=${'a'.repeat(250)}`).search).toHaveLength(200);
  });

  it('lets overdue win over due-soon, which exclude each other', () => {
    expect(parse('vencidos=1&dias=7')).toMatchObject({ overdue: true, dueWithinDays: null });
  });

  it('does not write a search of blanks', () => {
    expect(toParams({ ...DEFAULT_QUERY, search: '   ' }).toString()).toBe('');
  });

  it('links to the register of one responsible', () => {
    expect(responsibleSearch(7)).toBe('?responsable=7');
    expect(responsibleSearch(SECRETARIAT)).toBe('?responsable=st');
  });
});

describe('the register query as filters', () => {
  it('counts filters, not order or page, as narrowing the list', () => {
    expect(isFiltered(DEFAULT_QUERY)).toBe(false);
    expect(isFiltered({ ...DEFAULT_QUERY, sort: 'status', descending: true, page: 4, search: '  ' })).toBe(false);
    expect(isFiltered({ ...DEFAULT_QUERY, dueWithinDays: 0 })).toBe(true);
    expect(isFiltered({ ...DEFAULT_QUERY, responsible: SECRETARIAT })).toBe(true);
  });

  it('clears the filters but keeps the order, back on page 1', () => {
    expect(withoutFilters(EVERYTHING)).toEqual({ ...DEFAULT_QUERY, sort: 'deadline', descending: true });
  });

  it('asks the backend for what the screen shows, in a shape its contract accepts', () => {
    const input = toListInput({ ...EVERYTHING, search: '  campaña ' });
    expect(input).toMatchObject({ institutionId: 7, secretariat: false, search: 'campaña', sort: 'deadline', descending: true, page: 3 });
    expect(agreementListInput.safeParse(input).success).toBe(true);
    expect(toListInput({ ...DEFAULT_QUERY, responsible: SECRETARIAT })).toMatchObject({ institutionId: null, secretariat: true });
  });

  it('exports the matrix of the same filters and order, every page', () => {
    const input = toMatrixInput(EVERYTHING, 'xlsx');
    expect(input).not.toHaveProperty('page');
    expect(input).toMatchObject({ format: 'xlsx', statuses: ['pendiente', 'en_proceso'], sessionId: 12, sort: 'deadline' });
    expect(matrixInput.safeParse(input).success).toBe(true);
  });

  it('turns any address into a query the contract accepts', () => {
    for (const address of ['', 'sesion=999999999999999&anio=2200&dias=366&pagina=999', 'responsable=st&vencidos=1&buscar=%25_\\']) {
      expect(agreementListInput.safeParse(toListInput(parse(address))).success, address).toBe(true);
    }
  });
});
