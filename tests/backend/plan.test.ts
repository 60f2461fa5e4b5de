import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE } from '../../electron/backend/workspace';
import { buildSmallPlan, type SmallPlan } from '../support/planFixtures';
import { type Instancia, setUpInstancia } from '../support/sessionFixtures';
import { openTestWorkspace, snapshotDatabase, type TestWorkspace } from '../support/workspace';

let ws: TestWorkspace;
let members: Instancia;
let small: SmallPlan;
const dbFile = () => path.join(ws.dir, DEFAULT_DATABASE);
const approve = () => ws.call('plan.approve', { id: small.plan.id, agreementId: null, reference: 'Decreto de Alcaldía N° 004-2025-MDSJP', approvedOn: '2025-02-20' });

beforeEach(async () => {
  ws = await openTestWorkspace();
  members = await setUpInstancia(ws);
  small = await buildSmallPlan(ws, members.voting[0]!, members.voting[1]!);
});
afterEach(() => ws.close());

describe('building a plan', () => {
  it('keeps lines, objectives, activities and indicators in order, with budget in soles', () => {
    const { plan } = small;
    expect(plan.periods).toEqual(['2025-S1', '2025-S2', '2026-S1', '2026-S2']);
    expect(plan.quarters).toHaveLength(8);
    expect(plan.lines.map((l) => l.title)).toEqual(['Prevención de la violencia', 'Atención y protección']);
    const workshops = plan.lines[0]!.objectives[0]!.activities[0]!;
    expect(workshops).toMatchObject({
      leadInstitutionName: 'Comisaría PNP San Juan',
      coResponsibleNames: ['Centro Emergencia Mujer San Juan'],
      schedule: ['2025-T2', '2025-T3', '2026-T2'],
      budget: [{ source: 'municipal', amount: 12500.5, note: '' }, { source: 'cooperation', amount: 3000, note: 'PNUD' }],
    });
    expect(plan.totalBudget).toBe(23500.5);
    expect(plan).toMatchObject({ status: 'borrador', activityCount: 3, indicatorCount: 3, locked: false });
  });

  it.each([
    ['a period that ends before it starts', 'plan.create', () => ({ title: 'X', startYear: 2027, endYear: 2026, reportingUnit: 'year' }), 'validation.periodEndsBeforeStart'],
    ['a target for a year outside the period', 'plan.saveIndicator', () => ({ activityId: small.activities.legalAid, name: 'X', unit: 'u', baseline: 0, targets: [{ period: '2027-S1', value: 3 }] }), 'plan.targetOutsidePeriod'],
    ['a negative budget', 'plan.saveActivity', () => ({ objectiveId: small.plan.lines[1]!.objectives[0]!.id, description: 'X', leadInstitutionId: members.voting[0]!, budget: [{ source: 'municipal', amount: -5 }] }), 'plan.negativeBudget'],
    ['a schedule outside the period', 'plan.saveActivity', () => ({ objectiveId: small.plan.lines[1]!.objectives[0]!.id, description: 'X', leadInstitutionId: members.voting[0]!, schedule: ['2027-T1'] }), 'plan.scheduleOutsidePeriod'],
    ['an unknown institution', 'plan.saveActivity', () => ({ objectiveId: small.plan.lines[1]!.objectives[0]!.id, description: 'X', leadInstitutionId: 999 }), 'plan.institutionNotMember'],
    ['progress on a draft plan', 'plan.reportProgress', () => ({ indicatorId: small.workshops, period: '2025-S1', achieved: 4 }), 'plan.progressNeedsApproval'],
    ['approval without agreement or reference', 'plan.approve', () => ({ id: small.plan.id, agreementId: null, approvedOn: '2025-02-20' }), 'plan.approvalNeedsReference'],
  ] as const)('refuses %s with a clear message and writes nothing', async (_label, method, input, key) => {
    const before = snapshotDatabase(dbFile());
    const error = await ws.fail(method, input());
    expect(error.fields?.[0]?.key ?? error.key).toBe(key);
    expect(snapshotDatabase(dbFile())).toBe(before);
  });

  it('moves and removes parts of a draft', async () => {
    const [first, second] = small.plan.lines;
    let plan = await ws.call('plan.moveNode', { kind: 'line', id: second!.id, direction: 'up' });
    expect(plan.lines.map((l) => l.id)).toEqual([second!.id, first!.id]);
    plan = await ws.call('plan.removeNode', { kind: 'activity', id: small.activities.campaign });
    expect(plan.activityCount).toBe(2);
    expect(plan.totalBudget).toBe(15500.5);
  });

  it('refuses to shorten the period under targets already set', async () => {
    const error = await ws.fail('plan.update', { id: small.plan.id, title: 'X', startYear: 2025, endYear: 2025, reportingUnit: 'semester', presentation: [], monitoring: [] });
    expect(error.fields?.[0]?.key).toBe('plan.dataOutsidePeriod');
  });
});

describe('an approved plan', () => {
  beforeEach(approve);

  it('locks its structure in the service and in the database, while progress goes on', async () => {
    const before = snapshotDatabase(dbFile());
    for (const [method, input] of [
      ['plan.saveLine', { planId: small.plan.id, title: 'Nueva línea' }],
      ['plan.saveIndicator', { activityId: small.activities.legalAid, name: 'X', unit: 'u', baseline: 0, targets: [] }],
      ['plan.removeNode', { kind: 'line', id: small.plan.lines[0]!.id }],
      ['plan.update', { id: small.plan.id, title: 'Otro', startYear: 2025, endYear: 2026, reportingUnit: 'semester', presentation: [], monitoring: [] }],
      ['plan.remove', { id: small.plan.id }],
    ] as const) {
      expect(await ws.raw(method, input), method).toMatchObject({ ok: false, error: { code: 'LOCKED', key: 'plan.structureLocked' } });
    }
    expect(snapshotDatabase(dbFile())).toBe(before);

    const db = new Database(dbFile());
    try {
      expect(() => db.exec(`UPDATE plan_indicator SET name = 'X' WHERE id = ${small.workshops}`)).toThrow('plan_locked');
      expect(() => db.exec(`DELETE FROM plan_target WHERE indicator_id = ${small.workshops}`)).toThrow('plan_locked');
      expect(() => db.exec(`UPDATE plan SET title = 'X' WHERE id = ${small.plan.id}`)).toThrow('plan_locked');
    } finally {
      db.close();
    }
    const plan = await ws.call('plan.reportProgress', { indicatorId: small.workshops, period: '2025-S1', achieved: 8, comment: 'Cuatro colegios' });
    expect(plan.lines[0]!.objectives[0]!.activities[0]!.indicators[0]!.progress).toEqual([
      expect.objectContaining({ period: '2025-S1', achieved: 8, comment: 'Cuatro colegios', reportedOn: '2026-03-12', evidenceName: null }),
    ]);
  });

  it('refuses progress for periods outside the plan or not yet begun', async () => {
    expect((await ws.fail('plan.reportProgress', { indicatorId: small.workshops, period: '2024-S2', achieved: 1 })).fields?.[0]?.key).toBe('plan.progressOutsidePeriod');
    expect((await ws.fail('plan.reportProgress', { indicatorId: small.workshops, period: '2026-S2', achieved: 1 })).fields?.[0]?.key).toBe('plan.progressFuturePeriod');
    await ws.call('plan.reportProgress', { indicatorId: small.workshops, period: '2026-S1', achieved: 2 });
  });

  it('keeps evidence files, checked by content', async () => {
    const pdf = Buffer.from('%PDF-1.4 evidencia').toString('base64');
    const refused = await ws.fail('plan.reportProgress', { indicatorId: small.workshops, period: '2025-S1', achieved: 8, evidence: { fileName: 'x.pdf', dataBase64: Buffer.from('texto').toString('base64') } });
    expect(refused.fields?.[0]?.key).toBe('plan.evidenceNotAccepted');
    await ws.call('plan.reportProgress', { indicatorId: small.workshops, period: '2025-S1', achieved: 8, evidence: { fileName: 'listas.pdf', dataBase64: pdf } });
    // A later correction without a new file keeps the one attached.
    const plan = await ws.call('plan.reportProgress', { indicatorId: small.workshops, period: '2025-S1', achieved: 9 });
    expect(plan.lines[0]!.objectives[0]!.activities[0]!.indicators[0]!.progress[0]).toMatchObject({ achieved: 9, evidenceName: 'listas.pdf' });
    expect(await ws.call('plan.getEvidence', { indicatorId: small.workshops, period: '2025-S1' })).toEqual({ fileName: 'listas.pdf', mimeType: 'application/pdf', dataBase64: pdf });
  });

  it('closes, and starts the next plan from this one as a new draft', async () => {
    const closed = await ws.call('plan.close', { id: small.plan.id });
    expect(closed.status).toBe('cerrado');
    const late = await ws.fail('plan.reportProgress', { indicatorId: small.workshops, period: '2025-S1', achieved: 3 });
    expect(late).toMatchObject({ code: 'LOCKED', key: 'plan.progressOnClosed' });
    const next = await ws.call('plan.copyToNext', { id: small.plan.id, title: 'Plan de Acción Local 2027-2028', startYear: 2027, endYear: 2028 });
    expect(next).toMatchObject({ status: 'borrador', copiedFromId: small.plan.id, startYear: 2027, activityCount: 3, indicatorCount: 3, totalBudget: 23500.5 });
    const activity = next.lines[0]!.objectives[0]!.activities[0]!;
    expect(activity).toMatchObject({ description: 'Talleres de prevención de la violencia con jóvenes', coResponsibleNames: ['Centro Emergencia Mujer San Juan'], schedule: [] });
    expect(activity.indicators[0]).toMatchObject({ name: 'Talleres realizados', targets: [], progress: [] });
    expect((await ws.call('plan.list', {})).map((p) => p.status)).toEqual(['borrador', 'cerrado']);
  });
});

describe('progress arithmetic', () => {
  beforeEach(approve);

  it('counts a period that ended without a report as nothing achieved', async () => {
    await ws.call('plan.reportProgress', { indicatorId: small.workshops, period: '2025-S1', achieved: 10 });
    // 2025-S2 ended without a report: 10 of 20 due.
    const progress = await ws.call('plan.progress', { id: small.plan.id, asOf: '2025-S2' });
    expect(progress.asOf).toBe('2025-S2');
    const workshops = progress.indicators.find((i) => i.indicatorId === small.workshops)!;
    expect(workshops).toMatchObject({ targetToDate: 20, achievedToDate: 10, ratio: 0.5, overallRatio: 0.25 });
    expect(progress.activities.find((a) => a.activityId === small.activities.workshops)?.status).toBe('behind');
  });

  it('shows the period under way by default, where a report not yet due is not late', async () => {
    await ws.call('plan.reportProgress', { indicatorId: small.workshops, period: '2025-S1', achieved: 10 });
    await ws.call('plan.reportProgress', { indicatorId: small.workshops, period: '2025-S2', achieved: 10 });
    // Today is in March 2026: 2026-S1 is under way and has nothing reported yet.
    const progress = await ws.call('plan.progress', { id: small.plan.id });
    expect(progress.asOf).toBe('2026-S1');
    expect(progress.indicators.find((i) => i.indicatorId === small.workshops)).toMatchObject({ targetToDate: 30, achievedToDate: 20 });
    expect(progress.activities.find((a) => a.activityId === small.activities.workshops)?.status).toBe('on_track');
  });

  it('derives statuses and averages by line and institution, capping over-achievement', async () => {
    await ws.call('plan.reportProgress', { indicatorId: small.workshops, period: '2025-S1', achieved: 12 });
    await ws.call('plan.reportProgress', { indicatorId: small.workshops, period: '2025-S2', achieved: 7 });
    await ws.call('plan.reportProgress', { indicatorId: small.campaign, period: '2025-S1', achieved: 1500 });
    await ws.call('plan.reportProgress', { indicatorId: small.campaign, period: '2025-S2', achieved: 600 });
    const progress = await ws.call('plan.progress', { id: small.plan.id, asOf: '2025-S2' });
    const status = (id: number) => progress.activities.find((a) => a.activityId === id)?.status;
    expect(status(small.activities.workshops)).toBe('on_track'); // 19 of 20 = 95 %
    expect(status(small.activities.campaign)).toBe('done'); // 2100 of 2000 overall
    expect(status(small.activities.legalAid)).toBe('not_started');
    const prevention = progress.byLine[0]!;
    expect(prevention.ratio).toBeCloseTo((0.95 + 1) / 2);
    expect(prevention.statuses).toEqual({ not_started: 0, on_track: 1, behind: 0, done: 1 });
    expect(progress.byInstitution.map((i) => [i.name, i.activities])).toEqual([
      ['Centro Emergencia Mujer San Juan', 1],
      ['Comisaría PNP San Juan', 2],
    ]);
    expect(progress.statusCounts).toEqual({ not_started: 1, on_track: 1, behind: 0, done: 1 });

    const early = await ws.call('plan.progress', { id: small.plan.id, asOf: '2025-S1' });
    expect(early.indicators.find((i) => i.indicatorId === small.workshops)).toMatchObject({ targetToDate: 10, achievedToDate: 12, ratio: 1.2 });
  });
});
