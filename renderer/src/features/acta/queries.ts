/** The acta's calls. Every change is a change to its session, and refreshes what that makes stale. */
import { useApiMutation, useApiQuery } from '../../api';
import { SESSION_DOMAINS } from '../../lib/commonQueries';

const changesSession = { invalidates: SESSION_DOMAINS };

/** Every session, asked only while `enabled` (e.g. while the approval dialog is open). */
export const useSessionList = (enabled: boolean) => useApiQuery('sessions.list', {}, { enabled });

/** The agreements carried into a session's "seguimiento de acuerdos" and the reports given in it. */
export const useSessionFollowUp = (sessionId: number) => useApiQuery('agreements.forSession', { sessionId });

export const useSaveProceedings = () => useApiMutation('sessions.saveProceedings', changesSession);
export const useSaveItemMinutes = () => useApiMutation('sessions.saveItemMinutes', changesSession);
export const useRemoveAgreement = () => useApiMutation('agreements.remove', changesSession);
export const useApproveActa = () => useApiMutation('acta.approve', changesSession);
export const useAttachSignedActa = () => useApiMutation('acta.attachSigned', changesSession);
export const useAddErratum = () => useApiMutation('acta.addErratum', changesSession);
