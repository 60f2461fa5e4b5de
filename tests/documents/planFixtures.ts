/**
 * The Plan de Acción Local 2026-2027 of the fictional instancia of Villa Esperanza: approved, as a
 * draft, and a far larger one for the bench.
 */
import { FUNDING_SOURCE_LABELS } from '../../shared/domain/plan';
import { periodLabel } from '../../shared/rules/planPeriods';
import type { PlanActivityData, PlanDocumentData } from '../../electron/backend/documents';
import { INSTITUTIONS, TASKFORCE_NAME, letterhead } from './fixtures';
import { bullets, CEM, DEMUNA, HEALTH, MUNICIPALITY, paragraphs, POLICE, PROSECUTOR, UGEL, WARMI, WOMEN_OSB } from './villaEsperanza';

export const APPROVAL = 'Aprobado mediante ACUERDO N° 002-2026-MDVE/GDS, Primera Sesión Ordinaria de fecha 12 de marzo de 2026';

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
