/** The sessions' addresses, to splice into the app's routes: the list, and a session with its open tab. */
import type { RouteObject } from 'react-router';
import { RecordPage } from '../../components/RecordPage';
import { SessionPage } from './page/SessionPage';
import { SessionsPage } from './SessionsPage';

export const sessionsRoutes: RouteObject[] = [
  { path: 'sesiones', element: <SessionsPage /> },
  // The open tab is part of the address: /sesiones/12/asistencia.
  { path: 'sesiones/:id/:tab?', element: <RecordPage page={SessionPage} /> },
];
