/** The member institutions as select options, plus any a record still names after it left. */
import { useApiQuery } from '../api';

export interface Option {
  value: string;
  label: string;
}

export function useInstitutionOptions(current: readonly { id: number; name: string }[] = []): Option[] {
  const members = useApiQuery('members.list', { status: 'active' });
  const options = (members.data ?? []).map((m) => ({ value: String(m.id), label: m.name }));
  const missing = current.filter((c) => !options.some((o) => o.value === String(c.id)));
  return [...options, ...missing.map((c) => ({ value: String(c.id), label: c.name }))];
}
