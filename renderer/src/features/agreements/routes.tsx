/** The agreements' addresses, to splice into the app's routes: the register, the per-institution view, one agreement. */
import type { RouteObject } from 'react-router';
import { RecordPage } from '../../components/RecordPage';
import { AgreementPage } from './detail/AgreementPage';
import { AgreementsSection } from './section/AgreementsSection';

export const agreementRoutes: RouteObject[] = [
  // The register's filters live in the query: /acuerdos?estado=pendiente&vencidos=1.
  { path: 'acuerdos', element: <AgreementsSection tab="register" /> },
  { path: 'acuerdos/instituciones', element: <AgreementsSection tab="institutions" /> },
  { path: 'acuerdos/:id', element: <RecordPage page={AgreementPage} /> },
];
