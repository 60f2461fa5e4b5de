/** The members' addresses, to splice into the app's routes: the roster, and one institution. */
import type { RouteObject } from 'react-router';
import { RecordPage } from '../../components/RecordPage';
import { InstitutionPage } from './InstitutionPage';
import { MembersPage } from './MembersPage';

export const membersRoutes: RouteObject[] = [
  { path: 'miembros', element: <MembersPage /> },
  { path: 'miembros/:id', element: <RecordPage page={InstitutionPage} /> },
];
