/** The tabs of a plan's page, named in its address: /plan/3/avance. */
import { tabRoutes } from '../../../lib/tabRoutes';

export const PLAN_TABS = tabRoutes('plan', { structure: 'estructura', progress: 'avance', documents: 'documentos' });
export type PlanTab = (typeof PLAN_TABS.tabs)[number];

export const planTabPath = PLAN_TABS.path;
