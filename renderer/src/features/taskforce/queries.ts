/** The instancia's settings and logo. */
import { useApiMutation, useApiQuery } from '../../api';

export const useTaskforce = () => useApiQuery('taskforce.get', {});
export const useLogo = () => useApiQuery('taskforce.getLogo', {});

export const useSaveTaskforce = () => useApiMutation('taskforce.save', { invalidates: ['taskforce'] });
export const useSetLogo = () => useApiMutation('taskforce.setLogo', { invalidates: ['taskforce'] });
export const useRemoveLogo = () => useApiMutation('taskforce.removeLogo', { invalidates: ['taskforce'] });
