/**
 * Document data for the fictional Instancia Distrital de Concertación of Villa Esperanza, first
 * ordinary session of 2026. Each test starts from these and changes only what it is about.
 */
import type {
  ActaAgreementData,
  ActaData,
  ActaFollowUpData,
  ActaItemData,
  AgendaAgreementData,
  AgendaDocumentData,
  AgendaLineData,
  AttendanceSheetData,
  ConvocationData,
  LetterheadData,
  SessionHeadingData,
  SignatoryData,
} from '../../electron/backend/documents';
import type { RichBlock } from '../../shared/domain/richText';
import { sealPng } from './png';

export const TASKFORCE_NAME =
  'Instancia Distrital de Concertación para erradicar la violencia contra las mujeres y los integrantes del grupo familiar de Villa Esperanza';

export const DECADE_LINE = 'Decenio de la Igualdad de Oportunidades para Mujeres y Hombres';
export const YEAR_NAME = 'Año de la Esperanza y el Fortalecimiento de la Democracia';

/** 64 hex digits whose two ends the footer shows. */
export const CONTENT_HASH = '3f9a1b2c' + '0123456789abcdef'.repeat(3) + 'd4e5c21e';

export const letterhead = (): LetterheadData => ({
  entityName: 'Municipalidad Distrital de Villa Esperanza',
  taskforceName: TASKFORCE_NAME,
  logo: { data: sealPng(), type: 'png', width: 120, height: 120 },
  decadeLine: DECADE_LINE,
  yearName: YEAR_NAME,
});

export const session = (): SessionHeadingData => ({
  titleUpper: 'PRIMERA SESIÓN ORDINARIA 2026',
  date: '2026-03-12',
  firstCallTime: '10:00',
  secondCallTime: '10:30',
  mode: 'presencial',
  place: 'Sala de Regidores del Palacio Municipal, Av. Principal s/n',
  virtualLink: '',
});

/** The agreements of 2025 still open when the session meets: one with two responsibles, one too long to print whole. */
export const openAgreements = (): AgendaAgreementData[] => [
  {
    numberText: 'ACUERDO N° 012-2025-MDVE/GDS',
    text: 'Implementar la ruta única de atención de casos de violencia en los establecimientos de salud del distrito.',
    responsibles: ['Centro de Salud Villa Esperanza', 'Centro Emergencia Mujer Villa Esperanza'],
  },
  {
    numberText: 'ACUERDO N° 015-2025-MDVE/GDS',
    text:
      'Conformar en cada institución educativa focalizada del distrito un comité de tutoría y orientación educativa que incorpore la prevención de la violencia de género, ' +
      'con un plan de convivencia escolar aprobado por resolución directoral y socializado con las familias',
    responsibles: ['Unidad de Gestión Educativa Local N° 09'],
  },
  { numberText: 'ACUERDO N° 018-2025-MDVE/GDS', text: 'Actualizar el directorio de las instituciones integrantes de la Instancia', responsibles: [] },
];

export const agenda = (): AgendaLineData[] => [
  { kind: 'quorum', title: 'Verificación del quórum', presenter: null },
  { kind: 'aprobacion_acta', title: 'Lectura y aprobación del acta de la sesión anterior', presenter: null },
  { kind: 'despacho', title: 'Despacho', presenter: null },
  { kind: 'informes', title: 'Informe de atenciones del primer bimestre', presenter: 'Centro Emergencia Mujer Villa Esperanza' },
  { kind: 'pedidos', title: 'Pedidos', presenter: null },
  { kind: 'seguimiento_acuerdos', title: 'Seguimiento de acuerdos', presenter: null, agreements: openAgreements() },
  { kind: 'orden_del_dia', title: 'Aprobación del Plan de Acción Local 2026-2027', presenter: 'Secretaría Técnica' },
];

/** How the documents print session() and agenda(): the detail lines, then the numbered items with the open agreements under 6.1. */
export const SESSION_LINES = [
  'Fecha\t:\tjueves 12 de marzo de 2026',
  'Hora\t:\t10:00 horas (primera convocatoria); 10:30 horas (segunda convocatoria)',
  'Lugar\t:\tSala de Regidores del Palacio Municipal, Av. Principal s/n',
];
/** How the agenda recalls openAgreements(): short, responsibles joined with "; ". */
export const FOLLOW_UP_LINES = [
  'ACUERDO N° 012-2025-MDVE/GDS: Implementar la ruta única de atención de casos de violencia en los establecimientos de salud del distrito (Responsables: Centro de Salud Villa Esperanza; Centro Emergencia Mujer Villa Esperanza).',
  'ACUERDO N° 015-2025-MDVE/GDS: Conformar en cada institución educativa focalizada del distrito un comité de tutoría y orientación educativa que… (Responsable: Unidad de Gestión Educativa Local N° 09).',
  'ACUERDO N° 018-2025-MDVE/GDS: Actualizar el directorio de las instituciones integrantes de la Instancia.',
];
export const AGENDA_LINES = [
  '1.\tVerificación del quórum.',
  '2.\tLectura y aprobación del acta de la sesión anterior.',
  '3.\tDespacho.',
  '4.\tInforme de atenciones del primer bimestre (Centro Emergencia Mujer Villa Esperanza).',
  '5.\tPedidos.',
  '6.\tOrden del día:',
  '6.1\tSeguimiento de acuerdos.',
  ...FOLLOW_UP_LINES,
  '6.2\tAprobación del Plan de Acción Local 2026-2027 (Secretaría Técnica).',
];

export const INSTITUTIONS = [
  'Municipalidad Distrital de Villa Esperanza',
  'Comisaría PNP Villa Esperanza',
  'Centro Emergencia Mujer Villa Esperanza',
  'Defensoría Municipal del Niño, Niña y Adolescente (DEMUNA)',
  'Centro de Salud Villa Esperanza',
  'Centro de Salud Mental Comunitario Renacer',
  'Unidad de Gestión Educativa Local N° 09',
  'Fiscalía Provincial de Familia de Villa Esperanza',
  'Juzgado de Paz Letrado de Villa Esperanza',
  'Defensoría del Pueblo, Módulo Villa Esperanza',
  'Subprefectura Distrital de Villa Esperanza',
  'Oficina Municipal de Atención a la Persona con Discapacidad',
  'Centro Integral del Adulto Mayor',
  'Programa Juntos, Unidad Territorial Lima Sur',
  'Programa Nacional Cuna Más',
  'Organización Social de Base Mujeres Emprendedoras',
  'Federación de Comedores Populares de Villa Esperanza',
  'Junta Vecinal Comunal del Sector 3',
  'Asociación Warmi Kallpa',
];

const GIVEN = ['María Elena', 'Rosa', 'Carmen', 'Luis Alberto', 'Jorge', 'Ana Lucía', 'Pedro', 'Gladys', 'Juan Carlos', 'Milagros', 'Víctor', 'Yolanda', 'César', 'Norma', 'Raúl', 'Flor de María'];
const SURNAMES = ['Quispe Mamani', 'Huamán Rojas', 'Flores Chávez', 'Torres Díaz', 'Ramírez Soto', 'Mendoza Cárdenas', 'Vargas Ñahui', 'Gutiérrez Salas', 'Castillo Paredes', 'Zúñiga Ccori'];
const POSTS = ['Coordinadora', 'Comisario', 'Jefa de servicio', 'Responsable', 'Médico jefe', 'Especialista', 'Fiscal adjunta', 'Juez de paz', 'Comisionada', 'Subprefecto'];

/** A name that repeats only after 160 people, with its accents and eñes. */
export const personName = (i: number): string => `${GIVEN[i % GIVEN.length]} ${SURNAMES[Math.floor(i / GIVEN.length) % SURNAMES.length]}`;

const dni = (i: number) => String(40_123_456 + i * 7_919).slice(0, 8);

export const presidency = (): SignatoryData => ({ name: 'Rosa Elvira Huamán Quispe', post: 'Alcaldesa', organization: 'Presidenta de la Instancia Distrital de Concertación' });
export const secretariat = (): SignatoryData => ({ name: 'Carmen Lucía Flores Chávez', post: 'Gerente de Desarrollo Social', organization: 'Secretaria Técnica' });

export const convocation = (): ConvocationData => ({
  letterhead: letterhead(),
  numberText: 'OFICIO MÚLTIPLE N° 004-2026-MDVE/GDS-ST',
  placeName: 'Villa Esperanza',
  date: '2026-03-02',
  addresseeHeading:
    'MIEMBROS DE LA INSTANCIA DISTRITAL DE CONCERTACIÓN PARA ERRADICAR LA VIOLENCIA CONTRA LAS MUJERES Y LOS INTEGRANTES DEL GRUPO FAMILIAR DE VILLA ESPERANZA',
  subject: 'Convocatoria a la Primera Sesión Ordinaria 2026',
  reference: 'Ordenanza Municipal N° 412-2019-MDVE',
  onBehalfOf: 'la Presidencia de la Instancia Distrital de Concertación',
  session: session(),
  agenda: agenda(),
  enclosures: 'Se adjunta el acta de la sesión anterior.',
  signer: { ...secretariat(), organization: 'Instancia Distrital de Concertación' },
  distribution: INSTITUTIONS.slice(1),
});

export const agendaDocument = (): AgendaDocumentData => ({ letterhead: letterhead(), session: session(), placeName: 'Villa Esperanza', agenda: agenda() });

export const attendanceSheet = (): AttendanceSheetData => ({
  letterhead: letterhead(),
  session: session(),
  placeName: 'Villa Esperanza',
  rows: INSTITUTIONS.map((institution, i) => ({
    institution,
    name: i === 17 ? '' : personName(i),
    post: i === 17 ? '' : POSTS[i % POSTS.length]!,
    condition: i === 17 ? '' : i % 5 === 4 ? 'Alterno' : 'Titular',
    dni: i === 17 ? '' : dni(i),
  })),
  guests: [
    { name: 'Patricia Ruiz Salazar', institution: 'Ministerio de la Mujer y Poblaciones Vulnerables', post: 'Especialista territorial' },
    { name: 'Daniel Ccahuana Poma', institution: 'Universidad Nacional de Villa Esperanza', post: 'Docente investigador' },
  ],
  blankGuestRows: 6,
});

const run = (text: string, bold = false, italic = false) => ({ text, bold, italic });

/** Discussion with every kind of rich text: bold, italic, bullets and two numbered lists. */
export const richDiscussion = (): RichBlock[] => [
  { type: 'paragraph', runs: [run('La Secretaría Técnica presentó el '), run('Plan de Acción Local 2026-2027', true), run(', elaborado con los aportes de las mesas de trabajo de '), run('enero y febrero', false, true), run('.')] },
  { type: 'bulletList', items: [[run('Prevención en instituciones educativas.')], [run('Atención articulada de casos.')]] },
  { type: 'paragraph', runs: [run('Se priorizaron las actividades siguientes:')] },
  { type: 'orderedList', items: [[run('Campaña “Barrio seguro”.')], [run('Capacitación a serenazgo.')], [run('Ruta de atención actualizada.')]] },
  { type: 'paragraph', runs: [run('Y, para el segundo semestre:')] },
  { type: 'orderedList', items: [[run('Feria informativa del 25 de noviembre.')], [run('Evaluación semestral del plan.')]] },
];

const paragraphs = (...texts: string[]): RichBlock[] => texts.map((t) => ({ type: 'paragraph', runs: [run(t)] }));

export const agreement = (n: number, over: Partial<ActaAgreementData> = {}): ActaAgreementData => ({
  numberText: `ACUERDO N° ${String(n).padStart(3, '0')}-2026-MDVE/GDS`,
  text: 'Aprobar el Plan de Acción Local 2026-2027 de la Instancia Distrital de Concertación',
  responsibles: ['Secretaría Técnica'],
  deadline: '2026-03-31',
  adoption: 'unanimity',
  votesFor: null,
  votesAgainst: null,
  abstentions: null,
  ...over,
});

/** Reports on agreements of 2025 given in this session: a long text to recall in brief, a report of two lines. */
export const followUpReports = (): ActaFollowUpData[] => [
  {
    numberText: 'ACUERDO N° 012-2025-MDVE/GDS',
    agreementText: 'Implementar la ruta única de atención de casos de violencia en los establecimientos de salud del distrito',
    responsibles: ['Centro de Salud Villa Esperanza', 'Centro Emergencia Mujer Villa Esperanza'],
    reporter: 'Centro Emergencia Mujer Villa Esperanza',
    text: 'Se capacitó a 45 profesionales de salud en la ruta de atención; falta la validación de la Dirección de Redes Integradas',
    statusLabel: 'En proceso',
    progress: 60,
  },
  {
    numberText: 'ACUERDO N° 015-2025-MDVE/GDS',
    agreementText:
      'Conformar en cada institución educativa focalizada del distrito un comité de tutoría y orientación educativa que incorpore la prevención de la violencia de género, ' +
      'con un plan de convivencia escolar aprobado por resolución directoral y socializado con las familias',
    responsibles: ['Unidad de Gestión Educativa Local N° 09'],
    reporter: 'Unidad de Gestión Educativa Local N° 09',
    text: 'Las 12 instituciones educativas focalizadas cuentan con su comité y su plan de convivencia aprobado.',
    statusLabel: 'Cumplido',
    progress: 100,
  },
  {
    numberText: 'ACUERDO N° 018-2025-MDVE/GDS',
    agreementText: 'Actualizar el directorio de las instituciones integrantes de la Instancia',
    responsibles: ['Secretaría Técnica'],
    reporter: 'Secretaría Técnica',
    text: 'Se solicitó la actualización por oficio múltiple; respondieron 11 de 19 instituciones\nSe reiterará el pedido a las restantes',
    statusLabel: 'En proceso',
    progress: 55,
  },
];

const item = (number: string, over: Partial<ActaItemData> & Pick<ActaItemData, 'kind' | 'title'>): ActaItemData => ({
  number,
  presenter: null,
  startTime: null,
  endTime: null,
  discussion: [],
  agreements: [],
  ...over,
});

export const actaItems = (): ActaItemData[] => [
  item('1', { kind: 'quorum', title: 'Verificación del quórum' }),
  item('2', { kind: 'aprobacion_acta', title: 'Lectura y aprobación del acta de la sesión anterior' }),
  item('3', { kind: 'despacho', title: 'Despacho', discussion: paragraphs('Se dio cuenta del Oficio N° 120-2026-MIMP/AURORA, que comunica la capacitación regional del mes de abril.') }),
  item('4', {
    kind: 'informes',
    title: 'Informe de atenciones del primer bimestre',
    presenter: 'Centro Emergencia Mujer Villa Esperanza',
    startTime: '10:40',
    endTime: '11:05',
    discussion: paragraphs('La coordinadora del CEM informó que en enero y febrero se atendieron 84 casos, 61 de ellos por violencia psicológica.'),
  }),
  item('5', { kind: 'pedidos', title: 'Pedidos' }),
  item('6.1', {
    kind: 'seguimiento_acuerdos',
    title: 'Seguimiento de acuerdos',
    discussion: paragraphs('La Comisaría PNP informó que el patrullaje integrado en el Sector 3 se cumple desde febrero.'),
    followUps: followUpReports(),
    agreements: [
      agreement(1, {
        text: 'Ampliar el patrullaje integrado a los Sectores 4 y 5',
        responsibles: ['Comisaría PNP Villa Esperanza', 'Gerencia de Seguridad Ciudadana'],
        deadline: '2026-04-30',
        adoption: 'majority',
        votesFor: 10,
        votesAgainst: 1,
        abstentions: 1,
      }),
    ],
  }),
  item('6.2', {
    kind: 'orden_del_dia',
    title: 'Aprobación del Plan de Acción Local 2026-2027',
    presenter: 'Secretaría Técnica',
    discussion: richDiscussion(),
    agreements: [
      agreement(2),
      agreement(3, {
        text: 'Encargar a la Secretaría Técnica la publicación del plan en el portal institucional',
        adoption: 'casting_vote',
        votesFor: 5,
        votesAgainst: 5,
        abstentions: 0,
        deadline: null,
      }),
    ],
  }),
];

export const acta = (): ActaData => ({
  letterhead: letterhead(),
  heading: 'ACTA DE LA PRIMERA SESIÓN ORDINARIA N° 001-2026-IDC-VE',
  taskforceNameUpper: TASKFORCE_NAME.toUpperCase(),
  jurisdiction: 'el distrito de Villa Esperanza',
  date: '2026-03-12',
  startTime: '10:15',
  endTime: '12:30',
  call: 'second',
  session: session(),
  presidedBy: 'Rosa Elvira Huamán Quispe',
  presidedPost: 'Alcaldesa de la Municipalidad Distrital de Villa Esperanza',
  secretaryName: 'Carmen Lucía Flores Chávez',
  secretaryPost: 'Gerente de Desarrollo Social',
  attendees: INSTITUTIONS.slice(0, 12).map((institution, i) => ({
    institution,
    name: personName(i),
    post: POSTS[i % POSTS.length]!,
    condition: i % 5 === 4 ? 'Alterno' : 'Titular',
    hasVote: true,
  })),
  absent: [INSTITUTIONS[12]!, INSTITUTIONS[13]!, INSTITUTIONS[14]!],
  excused: [INSTITUTIONS[15]!],
  guests: [{ name: 'Patricia Ruiz Salazar', institution: 'Ministerio de la Mujer y Poblaciones Vulnerables', post: 'Especialista territorial' }],
  quorum: { present: 12, votingMembers: 19, required: 10, met: true },
  approvedActas: [{ title: 'Cuarta Sesión Ordinaria 2025', date: '2025-12-11', observations: '' }],
  items: actaItems(),
  signatories: [presidency(), secretariat()],
  status: 'aprobada',
  contentHash: CONTENT_HASH,
  errata: [],
});

/** Quorum not reached: nine of nineteen, so nothing but attendance and the quorum statement. */
export const actaWithoutQuorum = (): ActaData => ({
  ...acta(),
  heading: 'ACTA DE LA SEGUNDA SESIÓN ORDINARIA N° 002-2026-IDC-VE',
  startTime: '10:35',
  endTime: '10:45',
  attendees: acta().attendees.slice(0, 9),
  quorum: { present: 9, votingMembers: 19, required: 10, met: false },
});

/** Far beyond a real session: 15 agenda items, 40 attendees, 30 agreements, every attendee signing. */
export function largeActa(): ActaData {
  const base = acta();
  const attendees = Array.from({ length: 40 }, (_, i) => ({
    institution: `${INSTITUTIONS[i % INSTITUTIONS.length]}${i >= INSTITUTIONS.length ? ` (sede ${Math.floor(i / INSTITUTIONS.length) + 1})` : ''}`,
    name: personName(i),
    post: POSTS[i % POSTS.length]!,
    condition: i % 3 === 0 ? 'Alterno' : 'Titular',
    hasVote: true,
  }));
  const items = base.items.slice(0, 5);
  for (let k = 1; items.length < 15; k++) {
    items.push(
      item(`6.${k}`, {
        kind: 'orden_del_dia',
        title: `Propuesta de actividad ${k} del Plan de Acción Local`,
        presenter: INSTITUTIONS[k]!,
        startTime: `11:${String(k * 3).padStart(2, '0')}`,
        discussion: richDiscussion(),
        agreements: Array.from({ length: 3 }, (_, j) =>
          agreement(3 * (k - 1) + j + 1, {
            text: `Aprobar la actividad ${k}.${j + 1}, con cargo al presupuesto participativo 2026`,
            responsibles: [INSTITUTIONS[k]!, INSTITUTIONS[k + j + 1]!],
          }),
        ),
      }),
    );
  }
  return {
    ...base,
    attendees,
    quorum: { present: 40, votingMembers: 45, required: 23, met: true },
    items,
    signatories: [presidency(), secretariat(), ...attendees.map((a) => ({ name: a.name, post: a.post, organization: a.institution }))],
  };
}
