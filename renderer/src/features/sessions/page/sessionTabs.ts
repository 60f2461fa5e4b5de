/** The tabs of a session's page, named in its address: /sesiones/12/asistencia. */

export const SESSION_TABS = ['data', 'convocation', 'attendance', 'acta', 'documents'] as const;
export type SessionTab = (typeof SESSION_TABS)[number];

const SLUGS: Record<SessionTab, string> = {
  data: 'datos',
  convocation: 'convocatoria',
  attendance: 'asistencia',
  acta: 'acta',
  documents: 'documentos',
};

export const tabPath = (sessionId: number, tab: SessionTab): string => `/sesiones/${sessionId}/${SLUGS[tab]}`;

/** The tab named by the address; the first one when none (or an unknown one) is named. */
export const tabOfSlug = (slug: string | undefined): SessionTab => SESSION_TABS.find((tab) => SLUGS[tab] === slug) ?? 'data';
