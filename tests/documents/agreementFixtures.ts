/**
 * The agreement follow-up of the fictional instancia of Villa Esperanza at the cut of 27 November
 * 2026: a matrix with every standing, long texts, several responsibles and an agreement without
 * deadline, and a reminder to the police station about the agreements it still owes.
 */
import type { MatrixData, MatrixRowData, ReminderLetterData } from '../../electron/backend/documents';
import { fulfilledShare, type StandingCounts } from '../../shared/rules/agreementStatus';
import { letterhead, secretariat, TASKFORCE_NAME } from './fixtures';
import { CEM, DEMUNA, HEALTH, MUNICIPALITY, POLICE, PROSECUTOR, UGEL, WARMI, WOMEN_OSB } from './villaEsperanza';

export const CUT_DATE = '2026-11-27';

const FIRST = { sessionTitle: 'Primera Sesión Ordinaria 2026', sessionDate: '2026-03-12' };
const SECOND = { sessionTitle: 'Segunda Sesión Ordinaria 2026', sessionDate: '2026-06-11' };
const EXTRAORDINARY = { sessionTitle: 'Primera Sesión Extraordinaria 2026', sessionDate: '2026-07-23' };
const THIRD = { sessionTitle: 'Tercera Sesión Ordinaria 2026', sessionDate: '2026-09-10' };

const SECRETARIAT = 'Secretaría Técnica';

export const numberText = (n: number): string => `ACUERDO N° ${String(n).padStart(3, '0')}-2026-MDVE/GDS`;

const row = (n: number, over: Partial<MatrixRowData> & Pick<MatrixRowData, 'text' | 'sessionTitle' | 'sessionDate'>): MatrixRowData => ({
  numberText: numberText(n),
  responsibles: [SECRETARIAT],
  deadline: null,
  statusLabel: 'Pendiente',
  overdue: false,
  progress: 0,
  verification: '',
  observations: '',
  ...over,
});

export const LONG_AGREEMENT =
  'Implementar, en coordinación con el Centro de Salud Mental Comunitario Renacer, un servicio de acompañamiento psicológico para mujeres víctimas de violencia y sus hijas e hijos, con atención en horario extendido los sábados, y presentar a la Instancia un informe trimestral de las personas atendidas, sin datos que permitan identificarlas';

export const matrixRows = (): MatrixRowData[] => [
  row(1, { ...FIRST, text: 'Aprobar el Plan de Acción Local 2026-2027', deadline: '2026-03-31', statusLabel: 'Cumplido', progress: 100, verification: 'Acta de la Primera Sesión Ordinaria 2026' }),
  row(2, {
    ...FIRST,
    text: 'Ampliar el patrullaje integrado a los Sectores 4 y 5',
    responsibles: [POLICE, 'Gerencia de Seguridad Ciudadana'],
    deadline: '2026-04-30',
    statusLabel: 'En proceso',
    overdue: true,
    progress: 40,
    verification: 'Oficio N° 045-2026-CPNP-VE',
    observations: 'La Comisaría informó que espera la asignación de dos unidades móviles.',
  }),
  row(3, { ...FIRST, text: 'Publicar el Plan de Acción Local en el portal institucional', statusLabel: 'Cumplido', progress: 100, verification: 'Enlace del portal institucional' }),
  row(4, {
    ...SECOND,
    text: 'Realizar talleres de prevención de la violencia de género en las instituciones educativas del distrito',
    responsibles: [CEM, UGEL, MUNICIPALITY],
    deadline: '2026-12-15',
    statusLabel: 'En proceso',
    progress: 60,
    verification: 'Listas de asistencia de 9 talleres',
  }),
  row(5, { ...SECOND, text: LONG_AGREEMENT, responsibles: [HEALTH, 'Centro de Salud Mental Comunitario Renacer'], deadline: '2026-08-31', overdue: true }),
  row(6, {
    ...SECOND,
    text: 'Organizar una feria informativa en el mercado central',
    responsibles: [WOMEN_OSB],
    deadline: '2026-07-15',
    statusLabel: 'Anulado',
    observations: 'Sustituido por el ACUERDO N° 009-2026-MDVE/GDS (feria del 25 de noviembre).',
  }),
  row(7, { ...EXTRAORDINARY, text: 'Instalar una mesa de partes para denuncias en el local de la DEMUNA', responsibles: [DEMUNA], deadline: '2026-09-30', statusLabel: 'No cumplido', progress: 20, observations: 'Sin presupuesto asignado en 2026.' }),
  row(8, { ...THIRD, text: 'Presentar el informe anual de la Instancia', deadline: '2027-01-31' }),
  row(9, {
    ...THIRD,
    text: 'Realizar la feria informativa del 25 de noviembre',
    responsibles: [MUNICIPALITY, CEM, WARMI, WOMEN_OSB],
    deadline: '2026-11-25',
    statusLabel: 'Cumplido',
    progress: 100,
    verification: 'Registro fotográfico y nota de prensa',
  }),
  row(10, { ...THIRD, text: 'Actualizar la ruta de atención de casos de violencia', responsibles: [SECRETARIAT, PROSECUTOR, POLICE], deadline: '2026-12-31', statusLabel: 'En proceso', progress: 75 }),
  row(11, {
    ...THIRD,
    text: 'Capacitar al personal de serenazgo en la atención de primera respuesta',
    responsibles: [MUNICIPALITY, CEM],
    deadline: '2026-10-31',
    statusLabel: 'En proceso',
    overdue: true,
    progress: 50,
    verification: 'Listas de asistencia del primer módulo; el segundo módulo, programado para octubre, no se realizó por cruce de actividades',
  }),
  row(12, { ...THIRD, text: 'Difundir el directorio de servicios de atención', deadline: '2026-10-15', statusLabel: 'Cumplido', progress: 100, verification: 'Directorio impreso y publicado' }),
];

/** What matrixRows() counts: 2 of its 3 "En proceso" on time, 3 overdue, 4 fulfilled, 1 not, 1 annulled. */
export const MATRIX_TOTALS: StandingCounts = { pendiente: 1, en_proceso: 2, vencido: 3, cumplido: 4, no_cumplido: 1, anulado: 1 };

export const matrix = (over: Partial<MatrixData> = {}): MatrixData => ({
  letterhead: letterhead(),
  title: 'Matriz de seguimiento de acuerdos',
  taskforceName: TASKFORCE_NAME,
  filters: ['Periodo: 1 de enero al 31 de diciembre de 2026', 'Estado: todos'],
  cutDate: CUT_DATE,
  rows: matrixRows(),
  totals: MATRIX_TOTALS,
  fulfilledShare: fulfilledShare(MATRIX_TOTALS),
  ...over,
});

export const emptyMatrix = (): MatrixData => {
  const none: StandingCounts = { pendiente: 0, en_proceso: 0, vencido: 0, cumplido: 0, no_cumplido: 0, anulado: 0 };
  return matrix({ filters: ['Responsable: Juzgado de Paz Letrado de Villa Esperanza'], rows: [], totals: none, fulfilledShare: null });
};

export const reminderLetter = (over: Partial<ReminderLetterData> = {}): ReminderLetterData => ({
  letterhead: letterhead(),
  numberText: 'OFICIO N° 018-2026-MDVE/GDS-ST',
  placeName: 'Villa Esperanza',
  date: CUT_DATE,
  addresseeName: 'Luis Alberto Torres Díaz',
  addresseePost: 'Comisario',
  institutionName: POLICE,
  subject: 'Recordatorio de acuerdos pendientes de cumplimiento',
  taskforceName: TASKFORCE_NAME,
  nextSessionDate: '2026-12-10',
  rows: [
    { numberText: numberText(2), text: 'Ampliar el patrullaje integrado a los Sectores 4 y 5', deadline: '2026-04-30', statusLabel: 'En proceso', overdue: true },
    { numberText: numberText(10), text: 'Actualizar la ruta de atención de casos de violencia', deadline: '2026-12-31', statusLabel: 'En proceso', overdue: false },
    { numberText: numberText(13), text: 'Designar un enlace permanente ante la Instancia', deadline: null, statusLabel: 'Pendiente', overdue: false },
  ],
  signer: { ...secretariat(), organization: 'Instancia Distrital de Concertación' },
  ...over,
});
