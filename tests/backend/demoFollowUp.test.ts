/**
 * The demo's follow-up story, dated around whatever day it is opened: reports in the last session
 * and by oficio, agreements en proceso, one fulfilled with its oficio, overdue ones and one due
 * within the week, all within the rules real input must keep.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findSensitiveText } from '../../shared/rules/confidentiality';
import { fixedClock, openTestWorkspace, TODAY, type TestWorkspace } from '../support/workspace';

let ws: TestWorkspace | undefined;
afterEach(async () => {
  await ws?.close();
  ws = undefined;
});

// A Thursday, a Monday early in the year (the first demo session falls in the year before) and a Sunday.
describe.each([TODAY, '2026-01-05', '2026-08-02'])('the demo opened on %s', (today) => {
  it('has a follow-up log that keeps every rule, with overdue and soon-due agreements', async () => {
    ws = await openTestWorkspace({ clock: fixedClock(today) });
    await ws.call('workspace.openDemo', {});
    const page = await ws.call('agreements.list', {});
    expect(page.total).toBe(5);
    const records = await Promise.all(page.items.map((a) => ws!.call('agreements.get', { id: a.id })));
    const reports = records.flatMap((r) => r.followUps);
    expect(reports.length).toBeGreaterThanOrEqual(6);

    // Each agreement stands where its latest report left it; nothing is reported in the future.
    for (const record of records) {
      const latest = record.followUps.at(-1);
      expect([record.status, record.progress, record.lastReportOn]).toEqual(latest ? [latest.status, latest.progress, latest.reportedOn] : ['pendiente', 0, null]);
    }
    expect(reports.every((f) => f.reportedOn <= today && (f.status !== 'cumplido' || f.progress === 100))).toBe(true);

    // Reports given in a session are dated that day, in a draft acta with the follow-up item.
    const sessions = await ws.call('sessions.list', {});
    const inSession = reports.filter((f) => f.sessionId !== null);
    expect(inSession.length).toBeGreaterThanOrEqual(2);
    for (const f of inSession) expect(sessions.find((s) => s.id === f.sessionId)).toMatchObject({ date: f.reportedOn, actaStatus: 'borrador' });
    const detail = await ws.call('sessions.get', { id: inSession[0]!.sessionId! });
    expect(detail.agenda.some((i) => i.kind === 'seguimiento_acuerdos')).toBe(true);
    const followUp = await ws.call('agreements.forSession', { sessionId: inSession[0]!.sessionId! });
    expect(followUp.reports).toHaveLength(inSession.length);

    // Every situation the screens show.
    expect(records.filter((r) => r.status === 'en_proceso' && r.progress > 0).length).toBeGreaterThanOrEqual(2);
    const fulfilled = records.filter((r) => r.status === 'cumplido');
    expect(fulfilled).toHaveLength(1);
    expect(fulfilled[0]).toMatchObject({ progress: 100, verification: expect.stringMatching(/^Oficio N° 045-\d{4}-CEM/) });
    expect(records.some((r) => r.overdue && r.status === 'pendiente')).toBe(true);
    expect(records.filter((r) => r.observations !== '').length).toBeGreaterThanOrEqual(2);

    const reminders = await ws.call('agreements.reminders', {});
    expect(reminders.overdue).toHaveLength(2);
    expect(reminders.dueSoon).toHaveLength(1);
    const dashboard = await ws.call('dashboard.get', {});
    expect(dashboard.byStatus).toMatchObject({ cumplido: 1, vencido: 2 });
    expect(dashboard.dueSoon.map((a) => a.id)).toContain(reminders.dueSoon[0]!.id);
    expect(dashboard.network.reports).toBeGreaterThanOrEqual(2);

    // Institutional facts only: nothing that looks like it identifies a victim.
    const texts = [...records.flatMap((r) => [r.text, r.verification, r.observations]), ...reports.map((f) => f.text)];
    expect(texts.flatMap(findSensitiveText)).toEqual([]);
  });
});
