/** The plan's addresses, to splice into the app's routes: the list, and a plan with its open tab. */
import type { RouteObject } from 'react-router';
import { RecordPage } from '../../components/RecordPage';
import { PlanPage } from './page/PlanPage';
import { PlansPage } from './PlansPage';

export const planRoutes: RouteObject[] = [
  { path: 'plan', element: <PlansPage /> },
  // The open tab is part of the address: /plan/3/avance.
  { path: 'plan/:id/:tab?', element: <RecordPage page={PlanPage} /> },
];
