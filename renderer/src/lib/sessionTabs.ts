/** The tabs of a session's page, named in its address: /sesiones/12/asistencia. */
import { tabRoutes } from './tabRoutes';

export const SESSION_TABS = tabRoutes('sesiones', {
  data: 'datos',
  convocation: 'convocatoria',
  attendance: 'asistencia',
  acta: 'acta',
  documents: 'documentos',
});
export type SessionTab = (typeof SESSION_TABS.tabs)[number];
