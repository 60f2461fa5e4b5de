/** The protocol's addresses, to splice into the app's routes: the current version, or a version with its open part. */
import type { RouteObject } from 'react-router';
import { RecordPage } from '../../components/RecordPage';
import { ProtocolPage } from './page/ProtocolPage';

export const protocolRoutes: RouteObject[] = [
  { path: 'protocolo', element: <ProtocolPage /> },
  // The version and its open part are in the address: /protocolo/4/ruta.
  { path: 'protocolo/:id/:tab?', element: <RecordPage page={ProtocolPage} /> },
];
