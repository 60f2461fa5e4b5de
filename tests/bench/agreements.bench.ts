/**
 * The follow-up of agreements at a scale no district reaches: 5,000 agreements and 20,000
 * follow-up reports over five years (see tests/support/agreementBench.ts). Measures, in backend
 * time through the same dispatcher the app uses: the register's first page (50 rows) under any
 * combination of filters (target under 20 ms each), the dashboard's queries together (under 50 ms),
 * and the matriz de seguimiento of about 500 agreements, to Word and to Excel (under 1 s each).
 */
import { afterAll, beforeAll, bench, describe } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import { type AgreementBenchWorld, BENCH_AGREEMENTS, buildAgreementBenchWorld } from '../support/agreementBench';

let world: AgreementBenchWorld;
/** The second half of 2025: about 500 agreements, as a six-month matrix would hold. */
const PERIOD = { from: '2025-07-01', to: '2025-12-31' } as const;

const list = (filter: MethodInput<'agreements.list'>) => world.ws.call('agreements.list', filter);

beforeAll(async () => {
  world = await buildAgreementBenchWorld();
  // Guard the sizes the targets are stated for, so a change in the generator cannot shrink the bench unnoticed.
  const all = await world.ws.call('agreements.list', { pageSize: 1 });
  const matrix = await world.ws.call('agreements.list', { ...PERIOD, pageSize: 1 });
  if (all.total !== BENCH_AGREEMENTS || matrix.total < 450 || matrix.total > 550) {
    throw new Error(`unexpected bench data: ${all.total} agreements, ${matrix.total} in the matrix period`);
  }
}, 120_000);

afterAll(() => world.ws.close());

const cem = () => world.institutions.get('CEM')!;
const session2025 = () => world.sessions.find((s) => s.year === 2025 && s.kind === 'ordinaria' && s.number === 6)!.id;

describe('agreements.list, first page of 50, with 5,000 agreements and 20,000 reports', () => {
  bench('no filter', async () => {
    await list({});
  });
  bench('status + institution', async () => {
    await list({ statuses: ['en_proceso'], institutionId: cem() });
  });
  bench('overdue', async () => {
    await list({ overdue: true });
  });
  bench('due within 30 days', async () => {
    await list({ dueWithinDays: 30 });
  });
  bench('year + session', async () => {
    await list({ year: 2025, sessionId: session2025() });
  });
  bench('search without accents ("policia" finds "Policía")', async () => {
    await list({ search: 'policia' });
  });
  bench('period from/to', async () => {
    await list({ ...PERIOD });
  });
  bench('sorted by deadline, latest first', async () => {
    await list({ sort: 'deadline', descending: true });
  });
  bench('combined: status + institution + search + year', async () => {
    await list({ statuses: ['pendiente', 'en_proceso'], institutionId: cem(), search: 'ruta de atencion', year: 2025 });
  });
});

describe('dashboard with 5,000 agreements and 20,000 reports', () => {
  bench('dashboard.get (every query together)', async () => {
    await world.ws.call('dashboard.get', {});
  });
});

describe('matriz de seguimiento of about 500 agreements', () => {
  bench('documents.agreementMatrix, Word (gather, build, pack)', async () => {
    await world.ws.call('documents.agreementMatrix', { ...PERIOD, format: 'docx' });
  });
  bench('documents.agreementMatrix, Excel (gather, build, pack)', async () => {
    await world.ws.call('documents.agreementMatrix', { ...PERIOD, format: 'xlsx' });
  });
});
