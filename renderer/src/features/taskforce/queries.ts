/** The instancia's settings and logo. */
import { useApiMutation, useApiQuery } from '../../api';

// Up to a megabyte, shown in the header on every page: asked once, refreshed when the settings change it.
export const useLogo = () => useApiQuery('taskforce.getLogo', {}, { staleTime: Infinity });

export const useSaveTaskforce = () => useApiMutation('taskforce.save', { invalidates: ['taskforce'] });
export const useSetLogo = () => useApiMutation('taskforce.setLogo', { invalidates: ['taskforce'] });
export const useRemoveLogo = () => useApiMutation('taskforce.removeLogo', { invalidates: ['taskforce'] });
