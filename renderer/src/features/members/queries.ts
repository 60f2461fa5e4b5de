/**
 * Member institutions and their representatives. Every change refreshes the whole roster, and the
 * agreements and "Inicio", which name responsible institutions and count the network's part.
 */
import type { InstitutionFilter } from '../../../../shared/domain/members';
import { useApiMutation, useApiQuery } from '../../api';

export const useInstitutions = (filter: InstitutionFilter) => useApiQuery('members.list', filter, { placeholderData: (previous) => previous });
export const useInstitution = (id: number) => useApiQuery('members.get', { id });

/** What a change to an institution makes stale. */
export const MEMBER_DOMAINS = ['members', 'agreements', 'dashboard'] as const;
const changesMembers = { invalidates: MEMBER_DOMAINS };

export const useCreateInstitution = () => useApiMutation('members.create', changesMembers);
export const useUpdateInstitution = () => useApiMutation('members.update', changesMembers);
export const useDeactivateInstitution = () => useApiMutation('members.deactivate', changesMembers);
export const useReactivateInstitution = () => useApiMutation('members.reactivate', changesMembers);
/** Refreshes nothing by itself: the page leaves a deleted institution first, then refreshes. */
export const useRemoveInstitution = () => useApiMutation('members.remove');
