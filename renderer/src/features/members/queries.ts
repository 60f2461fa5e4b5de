/** Member institutions and their representatives; every change refreshes the whole roster. */
import type { InstitutionFilter } from '../../../../shared/domain/members';
import { useApiMutation, useApiQuery } from '../../api';

export const useInstitutions = (filter: InstitutionFilter) => useApiQuery('members.list', filter, { placeholderData: (previous) => previous });
export const useInstitution = (id: number) => useApiQuery('members.get', { id });
export const useMembersSummary = () => useApiQuery('members.summary', {});

const changesMembers = { invalidates: ['members'] } as const;

export const useCreateInstitution = () => useApiMutation('members.create', changesMembers);
export const useUpdateInstitution = () => useApiMutation('members.update', changesMembers);
export const useDeactivateInstitution = () => useApiMutation('members.deactivate', changesMembers);
export const useReactivateInstitution = () => useApiMutation('members.reactivate', changesMembers);
/** Refreshes nothing by itself: the page leaves a deleted institution first, then refreshes. */
export const useRemoveInstitution = () => useApiMutation('members.remove');
