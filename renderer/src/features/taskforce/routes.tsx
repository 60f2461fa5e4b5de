/** The instancia's address, to splice into the app's routes: its settings, section by section. */
import type { RouteObject } from 'react-router';
import { SettingsPage } from './SettingsPage';

export const taskforceRoutes: RouteObject[] = [{ path: 'instancia', element: <SettingsPage /> }];
