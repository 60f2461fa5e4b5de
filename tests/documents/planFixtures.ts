/**
 * The management instruments of the fictional instancia of Villa Esperanza: its Plan de Acción
 * Local 2026-2027 (approved, as a draft, and a far larger one for the bench), the progress report
 * at the first semester, and version 2 of its joint protocol.
 */
import { FUNDING_SOURCE_LABELS } from '../../shared/domain/plan';
import type { RichBlock } from '../../shared/domain/richText';
import { periodLabel } from '../../shared/rules/planPeriods';
import type {
  PlanActivityData,
  PlanDocumentData,
  PlanReportData,
  ProtocolChapter,
  ProtocolDocumentData,
} from '../../electron/backend/documents/planData';
import { INSTITUTIONS, TASKFORCE_NAME, letterhead, secretariat } from './fixtures';
import { makePng } from './png';

const MUNICIPALITY = 'Municipalidad Distrital de Villa Esperanza';
const POLICE = 'Comisaría PNP Villa Esperanza';
const CEM = 'Centro Emergencia Mujer Villa Esperanza';
const DEMUNA = 'Defensoría Municipal del Niño, Niña y Adolescente (DEMUNA)';
const HEALTH = 'Centro de Salud Villa Esperanza';
const UGEL = 'Unidad de Gestión Educativa Local N° 09';
const PROSECUTOR = 'Fiscalía Provincial de Familia de Villa Esperanza';
const WOMEN_OSB = 'Organización Social de Base Mujeres Emprendedoras';
const WARMI = 'Asociación Warmi Kallpa';

export const APPROVAL = 'Aprobado mediante ACUERDO N° 002-2026-MDVE/GDS, Primera Sesión Ordinaria de fecha 12 de marzo de 2026';

const run = (text: string, bold = false) => ({ text, bold, italic: false });
const paragraphs = (...texts: string[]): RichBlock[] => texts.map((t) => ({ type: 'paragraph', runs: [run(t)] }));
const bullets = (...items: string[]): RichBlock => ({ type: 'bulletList', items: items.map((i) => [run(i)]) });
const ordered = (...items: string[]): RichBlock => ({ type: 'orderedList', items: items.map((i) => [run(i)]) });

const activity = (number: string, over: Partial<PlanActivityData> & Pick<PlanActivityData, 'description'>): PlanActivityData => ({
  number,
  responsible: MUNICIPALITY,
  coResponsible: [],
  scheduleText: '',
  budget: [],
  verification: '',
  agreements: [],
  indicators: [],
  ...over,
});

const municipal = (amount: number) => ({ sourceLabel: FUNDING_SOURCE_LABELS.municipal, amount, note: '' });

export const planLines = (): PlanDocumentData['lines'] => [
  {
    number: '1',
    title: 'Prevención de la violencia',
    description: 'Acciones para que adolescentes, jóvenes y familias reconozcan la violencia y sepan dónde pedir ayuda.',
    objectives: [
      {
        number: '1.1',
        text: 'Fortalecer las capacidades de adolescentes y jóvenes para identificar y prevenir la violencia de género.',
        activities: [
          activity('1.1.1', {
            description: 'Talleres de prevención de la violencia de género con adolescentes y jóvenes de las instituciones educativas del distrito',
            responsible: CEM,
            coResponsible: [UGEL, MUNICIPALITY],
            scheduleText: 'T2–T4 2026; T2–T4 2027',
            budget: [municipal(12_500)],
            verification: 'Listas de asistencia, registro fotográfico e informe de cada taller',
            agreements: ['ACUERDO N° 004-2026-MDVE/GDS'],
            indicators: [
              { name: 'Talleres realizados', unit: 'talleres', baseline: 4, targets: [12, 16] },
              { name: 'Adolescentes y jóvenes capacitados', unit: 'personas', baseline: 150, targets: [1_200, 1_500] },
            ],
          }),
        ],
      },
      {
        number: '1.2',
        text: 'Sensibilizar a las familias del distrito sobre la violencia y la ruta de atención.',
        activities: [
          activity('1.2.1', {
            description: 'Campaña casa por casa «Barrio sin violencia» en los sectores 1 al 6',
            coResponsible: [CEM, WOMEN_OSB],
            scheduleText: 'T3 2026; T3 2027',
            budget: [municipal(8_000), { sourceLabel: FUNDING_SOURCE_LABELS.cooperation, amount: 4_500.5, note: 'Proyecto Warmi Kallpa' }],
            verification: 'Fichas de visita y reporte consolidado de la campaña',
            indicators: [{ name: 'Hogares visitados', unit: 'hogares', baseline: 0, targets: [2_500, 3_000] }],
          }),
          activity('1.2.2', {
            description: 'Actividades por el 8 de marzo, Día Internacional de la Mujer, y el 25 de noviembre, Día Internacional de la Eliminación de la Violencia contra la Mujer',
            coResponsible: [CEM, POLICE, WARMI],
            scheduleText: 'T1, T4 2026; T1, T4 2027',
            budget: [municipal(6_000)],
            verification: 'Programa, registro fotográfico y nota de prensa',
            indicators: [
              { name: 'Actividades conmemorativas realizadas', unit: 'actividades', baseline: 2, targets: [2, 2] },
              { name: 'Participantes en las actividades', unit: 'personas', baseline: 300, targets: [500, 600] },
            ],
          }),
        ],
      },
    ],
  },
  {
    number: '2',
    title: 'Atención y protección',
    description: 'Atención oportuna, gratuita y sin revictimización a quienes denuncian violencia.',
    objectives: [
      {
        number: '2.1',
        text: 'Garantizar el acceso de las víctimas a asistencia legal gratuita y oportuna.',
        activities: [
          activity('2.1.1', {
            description: 'Asistencia legal gratuita a víctimas de violencia en el consultorio jurídico municipal',
            responsible: CEM,
            coResponsible: [DEMUNA, PROSECUTOR],
            scheduleText: 'T1–T4 2026; T1–T4 2027',
            budget: [{ sourceLabel: FUNDING_SOURCE_LABELS.own_resources, amount: 18_000, note: 'CEM Villa Esperanza' }],
            verification: 'Registro de casos patrocinados',
            indicators: [{ name: 'Víctimas con patrocinio legal', unit: 'personas', baseline: 40, targets: [120, 150] }],
          }),
          activity('2.1.2', {
            description: 'Actualización y difusión de la ruta de atención del distrito',
            coResponsible: [POLICE, CEM, HEALTH],
            scheduleText: 'T2 2026',
            budget: [municipal(3_200)],
            verification: 'Ruta aprobada por la instancia y publicada en el portal municipal',
            indicators: [
              { name: 'Ruta de atención actualizada y publicada', unit: 'documento', baseline: 0, targets: [1, null] },
              { name: 'Instituciones que aplican la ruta', unit: 'instituciones', baseline: 5, targets: [12, 19] },
            ],
          }),
        ],
      },
      {
        number: '2.2',
        text: 'Mejorar la coordinación de casos entre las instituciones de la ruta.',
        activities: [
          activity('2.2.1', {
            description: 'Reuniones mensuales de coordinación de casos entre la Comisaría, el CEM y la Fiscalía',
            responsible: POLICE,
            coResponsible: [CEM, PROSECUTOR],
            scheduleText: 'T1–T4 2026; T1–T4 2027',
            verification: 'Actas de las reuniones',
            indicators: [{ name: 'Reuniones de coordinación realizadas', unit: 'reuniones', baseline: 6, targets: [12, 12] }],
          }),
        ],
      },
    ],
  },
  {
    number: '3',
    title: 'Fortalecimiento de la instancia',
    description: '',
    objectives: [
      {
        number: '3.1',
        text: 'Incorporar la prevención de la violencia en la planificación y el presupuesto municipal.',
        activities: [
          activity('3.1.1', {
            description: 'Propuestas de proyectos de prevención al presupuesto participativo 2027',
            coResponsible: [WOMEN_OSB],
            scheduleText: 'T2 2026',
            budget: [{ sourceLabel: FUNDING_SOURCE_LABELS.participatory, amount: 50_000, note: '' }],
            verification: 'Fichas de proyecto presentadas y acta del presupuesto participativo',
            agreements: ['ACUERDO N° 005-2026-MDVE/GDS', 'ACUERDO N° 009-2026-MDVE/GDS'],
            indicators: [{ name: 'Propuestas presentadas', unit: 'propuestas', baseline: 0, targets: [2, null] }],
          }),
        ],
      },
      {
        number: '3.2',
        text: 'Dar seguimiento al cumplimiento del plan.',
        activities: [
          activity('3.2.1', {
            description: 'Monitoreo y evaluación semestral del plan de acción',
            scheduleText: 'T2, T4 2026; T2, T4 2027',
            budget: [municipal(2_000)],
            verification: 'Informes de avance aprobados en sesión',
            indicators: [{ name: 'Informes de avance aprobados', unit: 'informes', baseline: 0, targets: [2, 2] }],
          }),
        ],
      },
    ],
  },
];

/** The budget summed by source and by lead institution, largest first, as the plan service does. */
function budgetSummary(lines: PlanDocumentData['lines']) {
  const bySource = new Map<string, number>();
  const byInstitution = new Map<string, number>();
  for (const a of lines.flatMap((l) => l.objectives.flatMap((o) => o.activities))) {
    for (const b of a.budget) {
      bySource.set(b.sourceLabel, (bySource.get(b.sourceLabel) ?? 0) + b.amount);
      byInstitution.set(a.responsible, (byInstitution.get(a.responsible) ?? 0) + b.amount);
    }
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return {
    budgetBySource: sorted(bySource).map(([label, amount]) => ({ label, amount })),
    budgetByInstitution: sorted(byInstitution).map(([name, amount]) => ({ name, amount })),
    budgetTotal: [...bySource.values()].reduce((a, b) => a + b, 0),
  };
}

export const approvedPlan = (lines = planLines()): PlanDocumentData => ({
  letterhead: letterhead(),
  titleUpper: 'PLAN DE ACCIÓN LOCAL 2026-2027',
  planTitle: 'Plan de Acción Local contra la violencia hacia las mujeres y los integrantes del grupo familiar',
  taskforceName: TASKFORCE_NAME,
  approvalText: APPROVAL,
  draft: false,
  presentation: paragraphs(
    'La Instancia Distrital de Concertación de Villa Esperanza presenta su Plan de Acción Local 2026-2027, elaborado con los aportes de las instituciones que la integran y de las organizaciones de mujeres del distrito.',
    'El plan ordena en tres líneas estratégicas las acciones de prevención, atención y fortalecimiento institucional que las instituciones se comprometen a ejecutar durante los próximos dos años.',
  ),
  monitoring: [
    ...paragraphs('La Secretaría Técnica recoge cada semestre el avance de los indicadores reportado por las instituciones responsables y lo presenta en sesión ordinaria.'),
    bullets('Informe de avance del I semestre: julio de cada año.', 'Informe anual: enero del año siguiente.'),
  ],
  periods: [
    { code: '2026', label: 'Meta 2026' },
    { code: '2027', label: 'Meta 2027' },
  ],
  lines,
  ...budgetSummary(lines),
  date: '2026-03-12',
});

export const draftPlan = (): PlanDocumentData => ({ ...approvedPlan(), approvalText: null, draft: true, presentation: [], monitoring: [] });

/** Far more than any district plans: 10 lines, 200 activities, 400 indicators, 4 semesters. */
export function bigPlan(): PlanDocumentData {
  const lines = Array.from({ length: 10 }, (_, l) => ({
    number: String(l + 1),
    title: `Prevención, atención y articulación en el sector ${l + 1}`,
    description: 'Descripción de la línea con el alcance de sus acciones en el distrito.',
    objectives: Array.from({ length: 2 }, (_, o) => ({
      number: `${l + 1}.${o + 1}`,
      text: `Objetivo ${l + 1}.${o + 1}: reducir la violencia contra las mujeres en el ámbito ${o + 1} de la línea`,
      activities: Array.from({ length: 10 }, (_, a) =>
        activity(`${l + 1}.${o + 1}.${a + 1}`, {
          description: `Actividad ${a + 1}: talleres, campañas y acompañamiento a familias del sector ${l + 1}`,
          responsible: INSTITUTIONS[(l + a) % INSTITUTIONS.length]!,
          coResponsible: [INSTITUTIONS[(l + a + 1) % INSTITUTIONS.length]!],
          scheduleText: 'T1–T4 2026; T1–T4 2027',
          budget: [municipal(1_000 * (a + 1)), { sourceLabel: FUNDING_SOURCE_LABELS.cooperation, amount: 250.75, note: '' }],
          verification: 'Informe de ejecución',
          agreements: a % 4 === 0 ? [`ACUERDO N° ${String(a + 1).padStart(3, '0')}-2026-MDVE/GDS`] : [],
          indicators: [
            { name: 'Personas participantes', unit: 'personas', baseline: 100 * a, targets: [50, 50, 75, 75] },
            { name: 'Sesiones realizadas', unit: 'sesiones', baseline: a, targets: [2, null, 3, 3] },
          ],
        }),
      ),
    })),
  }));
  return {
    ...approvedPlan(lines),
    periods: ['2026-S1', '2026-S2', '2027-S1', '2027-S2'].map((code) => ({ code, label: `Meta ${periodLabel(code).replace('semestre', 'sem.')}` })),
  };
}

/** A bar chart as the screen draws it: three bars on a light grid, 1200 × 600 pixels. */
export function chartPng(): Buffer {
  const bars = [0.72, 0.48, 0.9];
  return makePng(1200, 600, (x, y) => {
    const bar = bars.findIndex((_, i) => y >= 80 + i * 170 && y < 80 + i * 170 + 110);
    if (bar >= 0 && x >= 200 && x < 200 + bars[bar]! * 900) return [[23, 70, 140], [196, 154, 40], [60, 130, 80]][bar] as [number, number, number];
    if (x === 200 || (x - 200) % 225 === 0) return [200, 200, 200];
    return [255, 255, 255];
  });
}

const reportRow = (over: Partial<PlanReportData['lines'][number]['rows'][number]> & { activity: string; indicator: string }) => ({
  unit: 'personas',
  targetToDate: 0,
  achievedToDate: 0,
  ratio: null,
  statusLabel: 'No iniciada',
  comment: '',
  ...over,
});

export const planReport = (): PlanReportData => ({
  letterhead: letterhead(),
  titleUpper: 'INFORME DE AVANCE DEL PLAN DE ACCIÓN LOCAL 2026-2027',
  taskforceName: TASKFORCE_NAME,
  placeName: 'Villa Esperanza',
  date: '2026-07-15',
  periodText: 'Al I semestre 2026 (periodos: I semestre 2026)',
  summary: { done: 1, onTrack: 3, behind: 2, notStarted: 1, overall: 0.68 },
  lines: [
    {
      number: '1',
      title: 'Prevención de la violencia',
      ratio: 0.72,
      rows: [
        reportRow({
          activity: 'Talleres de prevención de la violencia de género con adolescentes y jóvenes',
          indicator: 'Talleres realizados',
          unit: 'talleres',
          targetToDate: 6,
          achievedToDate: 5,
          ratio: 5 / 6,
          statusLabel: 'Retrasada',
          comment: 'Dos instituciones educativas reprogramaron sus talleres para agosto por las vacaciones escolares.',
        }),
        reportRow({
          activity: 'Talleres de prevención de la violencia de género con adolescentes y jóvenes',
          indicator: 'Adolescentes y jóvenes capacitados',
          targetToDate: 600,
          achievedToDate: 512,
          ratio: 512 / 600,
          statusLabel: 'Retrasada',
        }),
        reportRow({
          activity: 'Campaña casa por casa «Barrio sin violencia»',
          indicator: 'Hogares visitados',
          unit: 'hogares',
          targetToDate: 1_250,
          achievedToDate: 1_310,
          ratio: 1_310 / 1_250,
          statusLabel: 'En marcha',
          comment: 'Se sumaron voluntarias de la OSB Mujeres Emprendedoras.',
        }),
      ],
    },
    {
      number: '2',
      title: 'Atención y protección',
      ratio: 0.55,
      rows: [
        reportRow({ activity: 'Asistencia legal gratuita a víctimas', indicator: 'Víctimas con patrocinio legal', targetToDate: 60, achievedToDate: 33, ratio: 0.55, statusLabel: 'Retrasada', comment: 'Falta una abogada desde abril.' }),
        reportRow({ activity: 'Actualización y difusión de la ruta de atención', indicator: 'Ruta de atención actualizada y publicada', unit: 'documento', targetToDate: 1, achievedToDate: 1, ratio: 1, statusLabel: 'Cumplida' }),
      ],
    },
    {
      number: '3',
      title: 'Fortalecimiento de la instancia',
      ratio: null,
      rows: [reportRow({ activity: 'Propuestas al presupuesto participativo 2027', indicator: 'Propuestas presentadas', unit: 'propuestas' })],
    },
  ],
  byInstitution: [
    { name: CEM, activities: 2, ratio: 0.69 },
    { name: MUNICIPALITY, activities: 4, ratio: 0.81 },
    { name: POLICE, activities: 1, ratio: null },
  ],
  chart: { data: chartPng(), width: 1200, height: 600 },
  conclusions:
    'Las actividades de prevención avanzan según lo previsto, salvo los talleres reprogramados.\n\nSe recomienda que el CEM gestione el reemplazo de la abogada del consultorio jurídico antes de agosto.\nPróximo paso: presentar este informe en la Tercera Sesión Ordinaria.',
  signatory: secretariat(),
});

const FUNCTIONS: Array<[string, string[]]> = [
  [POLICE, ['Recibir la denuncia verbal o escrita en un ambiente privado, sin exigir requisitos previos.', 'Comunicar la denuncia al Juzgado de Familia en un plazo de 24 horas.', 'Ejecutar las medidas de protección que dicte el juzgado.']],
  [CEM, ['Brindar atención psicológica, social y legal gratuita.', 'Elaborar la ficha de valoración de riesgo.']],
  [PROSECUTOR, ['Disponer las diligencias urgentes para asegurar la prueba.']],
  [HEALTH, ['Atender a la víctima de manera inmediata y expedir el certificado médico.', 'Derivar al Centro de Salud Mental Comunitario cuando corresponda.']],
  [DEMUNA, []],
  [WOMEN_OSB, ['Acompañar a las víctimas que lo pidan y difundir la ruta de atención en su comunidad.']],
];

const ROUTE_STEPS: ProtocolChapter & { kind: 'route' } = {
  kind: 'route',
  title: 'Ruta de atención',
  steps: [
    { step: '1. Detección y primer contacto', institution: WOMEN_OSB, action: 'Escucha a la víctima sin juzgarla y la orienta sobre dónde denunciar.', timeframe: 'Inmediato', contactPoint: 'Promotoras de la OSB', victimInformation: 'Que la violencia es un delito y que tiene derecho a denunciar gratuitamente.' },
    { step: '2. Denuncia', institution: POLICE, action: 'Recibe la denuncia en un ambiente privado y aplica la ficha de valoración de riesgo.', timeframe: 'Inmediato', contactPoint: 'Sección de Familia, Av. Principal 123, línea 105', victimInformation: 'Sus derechos, el número de la denuncia y los pasos siguientes.' },
    { step: '3. Atención de salud', institution: HEALTH, action: 'Atiende las lesiones y expide el certificado médico legal o el informe de salud mental.', timeframe: '24 horas', contactPoint: 'Tópico de emergencia', victimInformation: 'Que la atención y el certificado son gratuitos.' },
    { step: '4. Medidas de protección', institution: 'Juzgado de Familia de Villa Esperanza', action: 'Evalúa el caso y dicta medidas de protección y cautelares.', timeframe: '72 horas (riesgo leve o moderado); 24 horas (riesgo severo)', contactPoint: '', victimInformation: 'Qué medidas se dictaron y a quién acudir si no se cumplen.' },
    { step: '5. Acompañamiento', institution: CEM, action: 'Brinda patrocinio legal, atención psicológica y social hasta el cierre del caso.', timeframe: 'Durante todo el proceso', contactPoint: 'CEM Villa Esperanza, línea 100', victimInformation: '' },
  ],
};

export const protocolChapters = (): ProtocolChapter[] => [
  {
    kind: 'text',
    title: 'Presentación',
    body: paragraphs(
      'El presente protocolo establece cómo actúan de manera conjunta las instituciones de Villa Esperanza ante un caso de violencia contra las mujeres y los integrantes del grupo familiar.',
      'Fue elaborado por la Instancia Distrital de Concertación con la participación de las instituciones de la ruta de atención y las organizaciones de mujeres del distrito.',
    ),
  },
  {
    kind: 'text',
    title: 'Objetivo, alcance y población objetivo',
    body: [...paragraphs('Articular la atención de los casos para que sea oportuna, gratuita y sin revictimización.'), bullets('Mujeres en su diversidad.', 'Niñas, niños y adolescentes.', 'Personas adultas mayores.')],
  },
  {
    kind: 'text',
    title: 'Marco normativo',
    body: [
      bullets(
        'Ley N° 30364, Ley para prevenir, sancionar y erradicar la violencia contra las mujeres y los integrantes del grupo familiar.',
        'Decreto Supremo N° 009-2016-MIMP, Reglamento de la Ley N° 30364.',
        'Decreto Supremo N° 008-2019-MIMP, Política Nacional de Igualdad de Género.',
      ),
    ],
  },
  { kind: 'text', title: 'Principios y enfoques', body: [...paragraphs('La atención se guía por los principios de igualdad y no discriminación, interés superior del niño, debida diligencia e intervención inmediata.'), bullets('Enfoque de género.', 'Enfoque de derechos humanos.', 'Enfoque intercultural.')] },
  { kind: 'functions', title: 'Funciones de las instituciones', entries: FUNCTIONS.map(([institution, items]) => ({ institution, functions: items.length === 0 ? [] : [bullets(...items)] })) },
  {
    kind: 'text',
    title: 'Normas generales de atención',
    body: [ordered('Atender en un espacio privado.', 'Contar con personal capacitado.', 'Evitar la revictimización: no repetir preguntas ni confrontar a la víctima con el agresor.', 'Informar a la víctima de sus derechos en lenguaje sencillo.')],
  },
  ROUTE_STEPS,
  {
    kind: 'groups',
    title: 'Atención diferenciada',
    entries: [
      { group: 'Niñas, niños y adolescentes', guidance: paragraphs('Se comunica de inmediato a la DEMUNA y a la Unidad de Protección Especial; la entrevista se realiza una sola vez, en cámara Gesell.') },
      { group: 'Personas adultas mayores', guidance: paragraphs('Se coordina con el Centro Integral del Adulto Mayor para su acompañamiento.') },
      { group: 'Personas con discapacidad', guidance: [] },
      { group: 'Personas migrantes', guidance: paragraphs('Se garantiza la atención sin exigir documentos de identidad peruanos y, si hace falta, con intérprete.') },
    ],
  },
  { kind: 'text', title: 'Anexos', body: paragraphs('   ') },
  { kind: 'text', title: 'Disposiciones finales', body: paragraphs('El protocolo se revisa cada dos años o cuando cambie la normativa. Las instituciones difunden su contenido entre su personal.') },
];

export const protocol = (): ProtocolDocumentData => ({
  letterhead: letterhead(),
  titleUpper: 'PROTOCOLO LOCAL DE ACTUACIÓN CONJUNTA',
  title: 'Protocolo local de actuación conjunta frente a la violencia contra las mujeres y los integrantes del grupo familiar',
  versionLabel: 'Versión 2',
  taskforceName: TASKFORCE_NAME,
  approvalText: 'Aprobado mediante ACUERDO N° 011-2026-MDVE/GDS, Segunda Sesión Ordinaria de fecha 14 de mayo de 2026',
  draft: false,
  chapters: protocolChapters(),
  date: '2026-05-14',
});

/** The protocol with ten times the text and four times the institutions: an index over a dozen pages. */
export function longProtocol(): ProtocolDocumentData {
  const base = protocol();
  const chapters = base.chapters.map((c): ProtocolChapter => {
    if (c.kind === 'text') return { ...c, body: Array.from({ length: 10 }, () => c.body).flat() };
    if (c.kind === 'functions') return { ...c, entries: Array.from({ length: 4 }, () => c.entries).flat() };
    return c;
  });
  return { ...base, chapters };
}
