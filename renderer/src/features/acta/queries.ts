/** The acta's calls. Every change refreshes the session page (and the agreements' follow-up). */
import { useApiMutation, useApiQuery } from '../../api';

const changesSession = { invalidates: ['sessions', 'agreements'] } as const;

/** Every session, asked only while `enabled` (e.g. while the approval dialog is open). */
export const useSessionList = (enabled: boolean) => useApiQuery('sessions.list', {}, { enabled });

/** The agreements carried into a session's "seguimiento de acuerdos" and the reports given in it. */
export const useSessionFollowUp = (sessionId: number) => useApiQuery('agreements.forSession', { sessionId });

export const useSaveProceedings = () => useApiMutation('sessions.saveProceedings', changesSession);
export const useSaveItemMinutes = () => useApiMutation('sessions.saveItemMinutes', changesSession);
export const useRemoveAgreement = () => useApiMutation('agreements.remove', changesSession);
export const useApproveActa = () => useApiMutation('sessions.approveActa', changesSession);
export const useAttachSignedActa = () => useApiMutation('sessions.attachSignedActa', changesSession);
export const useAddErratum = () => useApiMutation('sessions.addErratum', changesSession);
