/** The protocol's versions. Every change refreshes the whole "protocol" domain: the list, the version, the comparisons. */
import type { MethodName } from '../../../../shared/contract';
import { useApiMutation, useApiQuery } from '../../api';

export const useProtocolVersions = () => useApiQuery('protocol.list', {});
export const useProtocolVersion = (id: number) => useApiQuery('protocol.get', { id });
export const useProtocolDiff = (fromId: number, toId: number, enabled: boolean) =>
  useApiQuery('protocol.diff', { fromId, toId }, { enabled, placeholderData: (previous) => previous });

type ProtocolMethod = Extract<MethodName, `protocol.${string}`>;

export const useProtocolMutation = <M extends ProtocolMethod>(method: M) => useApiMutation(method, { invalidates: ['protocol'] });
