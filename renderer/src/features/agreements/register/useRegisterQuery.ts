/** The register's query, read from and written to the address. */
import { useSearchParams } from 'react-router';
import { parseQuery, type RegisterQuery, toParams } from './registerQuery';

export interface RegisterQueryState {
  query: RegisterQuery;
  /**
   * Changes part of the query; any change but the page's goes back to page 1. `replace` keeps
   * typing in the search box from filling the history with one entry per word.
   */
  update: (patch: Partial<RegisterQuery>, options?: { replace?: boolean }) => void;
}

export function useRegisterQuery(): RegisterQueryState {
  const [params, setParams] = useSearchParams();
  const query = parseQuery(params);
  const update: RegisterQueryState['update'] = (patch, options) =>
    setParams(toParams({ ...query, page: 1, ...patch }), { replace: options?.replace ?? false });
  return { query, update };
}
