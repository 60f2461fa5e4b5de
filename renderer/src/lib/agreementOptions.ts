/**
 * The agreements adopted in the instancia's sessions, grouped by session (newest first), for
 * choosing the one that approved a plan or a protocol, or those an activity carries out. There is
 * no list of agreements in the contract: each session that has some is read, while `enabled`.
 */
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { shortDate } from './dates';
import { call, queryKey, useApiQuery } from '../api';

const LABEL_CHARS = 90;

export interface AgreementGroup {
  group: string;
  items: { value: string; label: string }[];
}

export interface AgreementOptions {
  groups: AgreementGroup[];
  /** The date of the session that adopted an agreement. */
  dateOf: (agreementId: string) => string | null;
  loading: boolean;
}

const shorten = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1).trimEnd()}…` : text);

export function useAgreementOptions(enabled: boolean): AgreementOptions {
  const { t } = useTranslation();
  const sessions = useApiQuery('sessions.list', {}, { enabled });
  const withAgreements = (sessions.data ?? []).filter((s) => s.agreementCount > 0).sort((a, b) => b.date.localeCompare(a.date));
  const details = useQueries({
    queries: withAgreements.map((s) => ({
      queryKey: queryKey('sessions.get', { id: s.id }),
      queryFn: () => call('sessions.get', { id: s.id }),
      enabled,
    })),
  });
  const dates = new Map<string, string>();
  const groups = details.flatMap(({ data }) => {
    if (!data) return [];
    const agreements = data.agenda.flatMap((item) => item.agreements);
    for (const a of agreements) dates.set(String(a.id), data.date);
    const items = agreements.map((a) => ({ value: String(a.id), label: `${a.numberText}: ${shorten(a.text)}` }));
    return [{ group: t('common.agreementPicker.group', { session: data.title, date: shortDate(data.date) }), items }];
  });
  return {
    groups,
    dateOf: (id) => dates.get(id) ?? null,
    loading: sessions.isPending || details.some((d) => d.isPending),
  };
}
