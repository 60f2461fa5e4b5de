/** Inicio's address, to splice into the app's routes: the first screen of the app. */
import type { RouteObject } from 'react-router';
import { DashboardPage } from './DashboardPage';

export const dashboardRoutes: RouteObject[] = [{ index: true, element: <DashboardPage /> }];
