/**
 * The section's two tabs, each its own address: the register at /acuerdos (with its filters in the
 * query) and the per-institution view at /acuerdos/instituciones.
 */
import type { TabRoutes } from '../../../lib/tabRoutes';

const PATHS = { register: '/acuerdos', institutions: '/acuerdos/instituciones' } as const;

export type SectionTab = keyof typeof PATHS;

export const SECTION_TABS: TabRoutes<SectionTab> = {
  tabs: ['register', 'institutions'],
  // These tabs belong to the section, not to one record: the id RoutedTabs passes plays no part.
  path: (_id, tab) => PATHS[tab],
  ofSlug: (slug) => (slug === 'instituciones' ? 'institutions' : 'register'),
};
