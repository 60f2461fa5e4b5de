/** A small plan built through the contract, for the plan tests and benches. */
import type { MethodOutput } from '../../shared/contract';
import type { TestWorkspace } from './workspace';

export type PlanDto = MethodOutput<'plan.get'>;

export interface SmallPlan {
  plan: PlanDto;
  /** Indicator ids: workshops (targets 10 per semester), campaign (targets 500 per year-half), legal aid (no targets). */
  workshops: number;
  campaign: number;
  legalAid: number;
  activities: { workshops: number; campaign: number; legalAid: number };
}

/** 2025–2026 by semesters, two lines, three activities; the first two have targets. */
export async function buildSmallPlan(ws: TestWorkspace, lead: number, co: number): Promise<SmallPlan> {
  let plan = await ws.call('plan.create', { title: 'Plan de Acción Local contra la violencia de género', startYear: 2025, endYear: 2026, reportingUnit: 'semester' });
  plan = await ws.call('plan.saveLine', { planId: plan.id, title: 'Prevención de la violencia' });
  plan = await ws.call('plan.saveLine', { planId: plan.id, title: 'Atención y protección' });
  const [prevention, care] = plan.lines;
  plan = await ws.call('plan.saveObjective', { lineId: prevention!.id, text: 'Reducir la tolerancia social a la violencia entre jóvenes' });
  plan = await ws.call('plan.saveObjective', { lineId: care!.id, text: 'Acercar la asistencia legal gratuita a los barrios' });
  const objectiveA = plan.lines[0]!.objectives[0]!.id;
  const objectiveB = plan.lines[1]!.objectives[0]!.id;
  plan = await ws.call('plan.saveActivity', {
    objectiveId: objectiveA,
    description: 'Talleres de prevención de la violencia con jóvenes',
    leadInstitutionId: lead,
    coResponsibleIds: [co],
    schedule: ['2025-T2', '2025-T3', '2026-T2'],
    budget: [{ source: 'municipal', amount: 12500.5 }, { source: 'cooperation', amount: 3000, note: 'PNUD' }],
    verification: 'Listas de asistencia y fotografías',
  });
  plan = await ws.call('plan.saveActivity', {
    objectiveId: objectiveA,
    description: 'Campaña casa por casa de prevención',
    leadInstitutionId: co,
    budget: [{ source: 'participatory', amount: 8000 }],
  });
  plan = await ws.call('plan.saveActivity', { objectiveId: objectiveB, description: 'Asistencia legal gratuita', leadInstitutionId: lead });
  const [workshopsActivity, campaignActivity] = plan.lines[0]!.objectives[0]!.activities;
  const legalActivity = plan.lines[1]!.objectives[0]!.activities[0]!;
  const semesterTargets = (value: number) => ['2025-S1', '2025-S2', '2026-S1', '2026-S2'].map((period) => ({ period, value }));
  plan = await ws.call('plan.saveIndicator', { activityId: workshopsActivity!.id, name: 'Talleres realizados', unit: 'talleres', baseline: 0, targets: semesterTargets(10) });
  plan = await ws.call('plan.saveIndicator', { activityId: campaignActivity!.id, name: 'Hogares visitados', unit: 'hogares', baseline: 120, targets: semesterTargets(500) });
  plan = await ws.call('plan.saveIndicator', { activityId: legalActivity.id, name: 'Personas asesoradas', unit: 'personas', baseline: 0, targets: [] });
  const indicatorOf = (activityIndex: number, line = 0) => plan.lines[line]!.objectives[0]!.activities[activityIndex]!.indicators[0]!.id;
  return {
    plan,
    workshops: indicatorOf(0),
    campaign: indicatorOf(1),
    legalAid: indicatorOf(0, 1),
    activities: { workshops: workshopsActivity!.id, campaign: campaignActivity!.id, legalAid: legalActivity.id },
  };
}
