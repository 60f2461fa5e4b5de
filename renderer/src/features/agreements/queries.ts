/**
 * The agreements' follow-up calls. A report or a tracking change moves the register, the dashboard
 * and the session whose acta lists the report, so every change refreshes those three domains.
 */
import type { MethodInput, MethodName } from '../../../../shared/contract';
import { call, useApiMutation, useApiQuery } from '../../api';
import { useSaveFile } from './useSaveFile';

/** The register keeps the page on screen while the next one (new filters, new page) loads. */
export const useAgreementPage = (input: MethodInput<'agreements.list'>) =>
  useApiQuery('agreements.list', input, { placeholderData: (previous) => previous });

export const useAgreement = (id: number) => useApiQuery('agreements.get', { id });
export const useStandings = () => useApiQuery('agreements.byInstitution', {});
export const useReminderLetters = () => useApiQuery('agreements.reminderLetters', { institutionId: null });
/** An issued oficio de recordatorio, saved where the user says; it prints again exactly as issued. */
export const useDownloadReminderLetter = () => useSaveFile((id: number) => call('documents.reminderLetter', { id }));

type AgreementsMethod = Extract<MethodName, `agreements.${string}`>;

export const useAgreementsMutation = <M extends AgreementsMethod>(method: M) =>
  useApiMutation(method, { invalidates: ['agreements', 'dashboard', 'sessions'] });
