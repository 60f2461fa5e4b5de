/**
 * Typed client over the contract: `call` unwraps a Result or throws an ApiError carrying the
 * error data; the hooks wrap it in TanStack Query with one query key per method and input.
 */
import {
  type QueryClient,
  useMutation,
  type UseMutationOptions,
  useQuery,
  useQueryClient,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { AppErrorData } from '../../shared/result';
import { backend } from './platform';

export class ApiError extends Error {
  readonly data: AppErrorData;
  constructor(data: AppErrorData) {
    super(`${data.code}: ${data.key}`);
    this.name = 'ApiError';
    this.data = data;
  }
}

export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await backend()[method](input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/** Any thrown value as error data, so screens never have to guess its shape. */
export function errorData(error: unknown): AppErrorData {
  return error instanceof ApiError ? error.data : { code: 'INTERNAL', key: 'app.internal' };
}

/** The domain of a method ('members' for 'members.list'): mutations refresh a whole domain. */
type Domain = MethodName extends `${infer D}.${string}` ? D : never;

export const queryKey = <M extends MethodName>(method: M, input?: MethodInput<M>) =>
  input === undefined ? [method] : [method, input];

export function invalidateDomains(client: QueryClient, domains: readonly Domain[]): Promise<void> {
  return client.invalidateQueries({
    predicate: (query) => domains.some((domain) => String(query.queryKey[0]).startsWith(`${domain}.`)),
  });
}

type QueryOptions<M extends MethodName> = Omit<UseQueryOptions<MethodOutput<M>, ApiError>, 'queryKey' | 'queryFn'>;

export function useApiQuery<M extends MethodName>(method: M, input: MethodInput<M>, options: QueryOptions<M> = {}) {
  return useQuery<MethodOutput<M>, ApiError>({
    queryKey: queryKey(method, input),
    queryFn: () => call(method, input),
    ...options,
  });
}

type MutationOptions<M extends MethodName> = Omit<
  UseMutationOptions<MethodOutput<M>, ApiError, MethodInput<M>>,
  'mutationFn'
> & {
  /** Domains whose queries are stale once this mutation succeeds. */
  invalidates?: readonly Domain[];
};

export function useApiMutation<M extends MethodName>(method: M, { invalidates = [], onSuccess, ...options }: MutationOptions<M> = {}) {
  const client = useQueryClient();
  return useMutation<MethodOutput<M>, ApiError, MethodInput<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async (...args) => {
      await invalidateDomains(client, invalidates);
      await onSuccess?.(...args);
    },
    ...options,
  });
}
