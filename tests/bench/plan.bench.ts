/**
 * A plan far larger than any district's: 10 lines, 200 activities, 400 indicators with targets
 * and progress in 4 semesters. Measures the progress overview (target < 50 ms of backend time)
 * and the Word export through the service (target < 1.5 s).
 */
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { validInstitution, validSettings } from '../support/fixtures';
import { fixedClock, openTestWorkspace, type TestWorkspace } from '../support/workspace';

let ws: TestWorkspace;
let planId: number;

beforeAll(async () => {
  ws = await openTestWorkspace({ clock: fixedClock('2027-12-31') });
  await ws.call('taskforce.save', validSettings());
  const institutions: number[] = [];
  for (let i = 0; i < 12; i++) institutions.push((await ws.call('members.create', { ...validInstitution(`Institución responsable ${i + 1}`), acronym: '' })).id);
  let plan = await ws.call('plan.create', { title: 'Plan de Acción Local de prueba de carga', startYear: 2026, endYear: 2027, reportingUnit: 'semester' });
  planId = plan.id;
  for (let l = 0; l < 10; l++) {
    plan = await ws.call('plan.saveLine', { planId, title: `Línea estratégica ${l + 1}` });
    const lineId = plan.lines[l]!.id;
    plan = await ws.call('plan.saveObjective', { lineId, text: `Objetivo de la línea ${l + 1}` });
    const objectiveId = plan.lines[l]!.objectives[0]!.id;
    for (let a = 0; a < 20; a++) {
      plan = await ws.call('plan.saveActivity', {
        objectiveId,
        description: `Actividad ${l + 1}.${a + 1}: talleres, campañas y acompañamiento a las organizaciones de mujeres del sector`,
        leadInstitutionId: institutions[(l + a) % institutions.length]!,
        coResponsibleIds: [institutions[(l + a + 1) % institutions.length]!],
        schedule: ['2026-T1', '2026-T2', '2027-T3'],
        budget: [{ source: 'municipal', amount: 1000 + a }, { source: 'cooperation', amount: 500 }],
        verification: 'Informe y listas de asistencia',
      });
      const activityId = plan.lines[l]!.objectives[0]!.activities[a]!.id;
      for (let i = 0; i < 2; i++) {
        plan = await ws.call('plan.saveIndicator', {
          activityId,
          name: `Indicador ${i + 1} de la actividad ${l + 1}.${a + 1}`,
          unit: 'acciones',
          baseline: 2,
          targets: plan.periods.map((period) => ({ period, value: 10 })),
        });
      }
    }
  }
  await ws.call('plan.approve', { id: planId, agreementId: null, reference: 'Acuerdo de prueba', approvedOn: '2026-01-20' });
  const indicators = plan.lines.flatMap((l) => l.objectives.flatMap((o) => o.activities.flatMap((a) => a.indicators.map((i) => i.id))));
  for (const [n, indicatorId] of indicators.entries()) {
    for (const period of plan.periods) await ws.call('plan.reportProgress', { indicatorId, period, achieved: (n + period.length) % 12 });
  }
}, 600_000);

afterAll(() => ws.close());

describe('a plan with 10 lines, 200 activities and 400 indicators', () => {
  bench('plan.progress (overview)', async () => {
    await ws.call('plan.progress', { id: planId });
  });
  bench('documents.plan (gather, build, pack)', async () => {
    await ws.call('documents.plan', { planId });
  });
});
