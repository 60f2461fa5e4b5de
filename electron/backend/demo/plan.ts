/**
 * The demo's local action plan, modelled on the one the UNDP brief describes for Villa El Salvador:
 * youth workshops, a door-to-door campaign, free legal assistance, proposals to the participatory
 * budget, events on 8 March and 25 November, and monitoring. It covers last year and this one, so
 * some semesters are always over and carry progress.
 */
import { activityInput, indicatorInput } from '../../../shared/domain/plan';
import type { FundingSource } from '../../../shared/domain/plan';
import type { ServiceContext } from '../context';
import { listInstitutions } from '../members/service';
import { reportProgress } from '../plan/progress';
import { approvePlan, createPlan, updatePlan } from '../plan/service';
import { saveActivity, saveIndicator, saveLine, saveObjective } from '../plan/structure';
import { bullets, paragraph } from './text';

interface DemoActivity {
  description: string;
  lead: string;
  co: string[];
  quarters: number[];
  budget: [FundingSource, number, string?][];
  verification: string;
  indicator: { name: string; unit: string; baseline: number; perSemester: number };
  /** Share of the target achieved in each semester already over. */
  achieved: number[];
}

interface DemoLine {
  title: string;
  objective: string;
  activities: DemoActivity[];
}

const LINES: DemoLine[] = [
  {
    title: 'Prevención de la violencia basada en género',
    objective: 'Reducir la tolerancia social a la violencia contra las mujeres entre adolescentes y jóvenes del distrito',
    activities: [
      {
        description: 'Talleres de prevención de la violencia de género con jóvenes de instituciones educativas',
        lead: 'UGEL 09', co: ['CEM', 'CMJNA'], quarters: [2, 3], budget: [['municipal', 6000], ['cooperation', 4500, 'PNUD']],
        verification: 'Listas de asistencia, fotografías e informe de cada taller',
        indicator: { name: 'Talleres realizados', unit: 'talleres', baseline: 4, perSemester: 6 }, achieved: [1, 0.83, 0.5],
      },
      {
        description: 'Campaña casa por casa de prevención de la violencia en los sectores del distrito',
        lead: 'RLMV', co: ['FEMUVE', 'ACPA', 'CVL-S3'], quarters: [1, 2, 3, 4], budget: [['participatory', 15000], ['own_resources', 2500, 'Organizaciones de mujeres']],
        verification: 'Fichas de visita y mapa de sectores cubiertos',
        indicator: { name: 'Hogares visitados', unit: 'hogares', baseline: 800, perSemester: 600 }, achieved: [1.1, 0.95, 0.7],
      },
      {
        description: 'Actividades por el 8 de marzo y el 25 de noviembre con todas las instituciones integrantes',
        lead: 'MDVE', co: ['RLMV', 'CEM'], quarters: [1, 4], budget: [['municipal', 9000]],
        verification: 'Programa, registro fotográfico y notas de prensa',
        indicator: { name: 'Actividades conmemorativas realizadas', unit: 'actividades', baseline: 1, perSemester: 1 }, achieved: [1, 1, 0],
      },
    ],
  },
  {
    title: 'Atención y protección a las víctimas',
    objective: 'Acercar la atención legal y psicológica gratuita a las mujeres de los asentamientos humanos',
    activities: [
      {
        description: 'Asistencia legal gratuita itinerante en los asentamientos humanos',
        lead: 'CEM', co: ['CEPRODEM', 'MMLAH'], quarters: [1, 2, 3, 4], budget: [['own_resources', 12000, 'CEM'], ['cooperation', 6000, 'CEPRODEM']],
        verification: 'Registro de atenciones (cifras agregadas) e informes trimestrales',
        indicator: { name: 'Jornadas de asistencia legal', unit: 'jornadas', baseline: 6, perSemester: 12 }, achieved: [0.75, 0.6, 0.4],
      },
      {
        description: 'Directorio actualizado de la ruta de atención difundido en comedores y vasos de leche',
        lead: 'CF-VE', co: ['CEM', 'APSC'], quarters: [2], budget: [['municipal', 1800]],
        verification: 'Directorio impreso y actas de entrega',
        indicator: { name: 'Directorios distribuidos', unit: 'ejemplares', baseline: 0, perSemester: 250 }, achieved: [1.2, 1, 0],
      },
    ],
  },
  {
    title: 'Fortalecimiento de la instancia y participación de las mujeres',
    objective: 'Asegurar recursos y seguimiento para las acciones de la instancia',
    activities: [
      {
        description: 'Propuestas de la instancia al presupuesto participativo municipal',
        lead: 'MDVE', co: ['RLMV', 'FEMUVE'], quarters: [1, 2], budget: [['municipal', 0]],
        verification: 'Fichas de proyecto presentadas y acta de priorización',
        indicator: { name: 'Propuestas priorizadas en el presupuesto participativo', unit: 'propuestas', baseline: 1, perSemester: 1 }, achieved: [1, 0, 1],
      },
      {
        description: 'Monitoreo y evaluación semestral del plan con las instituciones responsables',
        lead: 'MDVE', co: ['RLMV'], quarters: [2, 4], budget: [['municipal', 2500]],
        verification: 'Informes de avance aprobados en sesión',
        indicator: { name: 'Informes de avance presentados', unit: 'informes', baseline: 0, perSemester: 1 }, achieved: [1, 1, 0],
      },
    ],
  },
];

export async function seedDemoPlan(ctx: ServiceContext): Promise<void> {
  const startYear = Number(ctx.clock.today().slice(0, 4)) - 1;
  const members = await listInstitutions(ctx, { search: '', category: null, inNetwork: null, status: 'active' });
  const id = (acronym: string) => members.find((m) => m.acronym === acronym)?.id ?? members[0]!.id;
  let plan = await createPlan(ctx, { title: 'Plan de Acción Local contra la violencia hacia las mujeres y los integrantes del grupo familiar', startYear, endYear: startYear + 1, reportingUnit: 'semester' });
  plan = await updatePlan(ctx, {
    id: plan.id,
    title: plan.title,
    startYear,
    endYear: startYear + 1,
    reportingUnit: 'semester',
    presentation: [
      paragraph('El presente Plan de Acción Local fue elaborado de manera participativa por las instituciones integrantes de la Instancia Distrital de Concertación, con los aportes de la Red de Lideresas y de las organizaciones de mujeres del distrito.'),
      paragraph('Organiza en tres líneas estratégicas las acciones de prevención, atención y fortalecimiento institucional que la instancia se compromete a ejecutar durante el bienio.'),
    ],
    monitoring: [
      paragraph('La Secretaría Técnica consolidará semestralmente el avance de los indicadores reportado por cada institución responsable y lo presentará en sesión ordinaria.'),
      bullets('Reporte semestral de cada institución responsable.', 'Informe de avance aprobado en sesión.', 'Evaluación final al cierre del bienio.'),
    ],
  });
  const periods = plan.periods;
  for (const line of LINES) {
    plan = await saveLine(ctx, { planId: plan.id, title: line.title, description: '' });
    const lineId = plan.lines.at(-1)!.id;
    plan = await saveObjective(ctx, { lineId, text: line.objective });
    const objectiveId = plan.lines.at(-1)!.objectives[0]!.id;
    for (const a of line.activities) {
      plan = await saveActivity(
        ctx,
        activityInput.parse({
          objectiveId,
          description: a.description,
          leadInstitutionId: id(a.lead),
          coResponsibleIds: a.co.map(id),
          schedule: [startYear, startYear + 1].flatMap((y) => a.quarters.map((q) => `${y}-T${q}`)),
          budget: a.budget.map(([source, amount, note]) => ({ source, amount, note: note ?? '' })),
          verification: a.verification,
        }),
      );
      const activityId = plan.lines.at(-1)!.objectives[0]!.activities.at(-1)!.id;
      plan = await saveIndicator(
        ctx,
        indicatorInput.parse({
          activityId,
          name: a.indicator.name,
          unit: a.indicator.unit,
          baseline: a.indicator.baseline,
          targets: periods.map((period) => ({ period, value: a.indicator.perSemester })),
        }),
      );
    }
  }
  plan = await approvePlan(ctx, { id: plan.id, agreementId: null, reference: `Acuerdo N° 002-${startYear}-IDC-VE`, approvedOn: `${startYear}-02-12` });
  const indicators = plan.lines.flatMap((l) => l.objectives.flatMap((o) => o.activities.map((a) => a.indicators[0]!)));
  const activities = LINES.flatMap((l) => l.activities);
  for (const [index, indicator] of indicators.entries()) {
    for (const [p, share] of activities[index]!.achieved.entries()) {
      await reportProgress(ctx, {
        indicatorId: indicator.id,
        period: periods[p]!,
        achieved: Math.round(share * activities[index]!.indicator.perSemester),
        comment: share < 0.9 ? 'Se reprogramaron actividades por falta de local.' : '',
        evidence: null,
      });
    }
  }
}
