/**
 * Time to build and pack the plan documents: a plan far larger than any district's (10 lines,
 * 200 activities, 400 indicators, 4 semesters; target under 1.5 s), the joint protocol, whose
 * pages are laid out once to number its index, and the progress report.
 */
import { bench, describe } from 'vitest';
import { buildPlan, buildPlanReport, buildProtocol, renderDocument } from '../../electron/backend/documents';
import { bigPlan } from '../documents/planFixtures';
import { planReport } from '../documents/planReportFixtures';
import { protocol } from '../documents/protocolFixtures';

const plan = bigPlan();
const protocolData = protocol();
const report = planReport();

describe('plan documents', () => {
  bench('plan: 10 lines, 200 activities, 400 indicators, 4 periods (build + pack)', async () => {
    await renderDocument(buildPlan(plan));
  });
  bench('protocol: 9 chapters with index page numbers (build + pack)', async () => {
    await renderDocument(buildProtocol(protocolData));
  });
  bench('progress report with chart (build + pack)', async () => {
    await renderDocument(buildPlanReport(report));
  });
});
