/**
 * Backend time of the screens a secretary opens most: the member list (filtered) and its summary,
 * on a roster far larger than any real instancia (300 institutions, 1,200 accreditations).
 */
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { validInstitution, validRepresentative, validSettings } from '../support/fixtures';
import { openTestWorkspace, type TestWorkspace } from '../support/workspace';

let ws: TestWorkspace;

beforeAll(async () => {
  ws = await openTestWorkspace();
  await ws.call('taskforce.save', validSettings());
  const categories = ['municipality', 'police', 'health', 'womens_organization', 'civil_society'] as const;
  for (let i = 0; i < 300; i++) {
    const inst = await ws.call('members.create', {
      ...validInstitution(`Institución número ${i}`),
      category: categories[i % categories.length]!,
      inNetwork: i % 4 === 0,
    });
    await ws.call('members.addRepresentative', { ...validRepresentative(inst.id, 'titular', `Titular antigua ${i}`), validFrom: '2023-01-01', validTo: '2024-12-31' });
    await ws.call('members.addRepresentative', { ...validRepresentative(inst.id, 'titular', `Titular ${i}`), validFrom: '2025-01-01' });
    await ws.call('members.addRepresentative', { ...validRepresentative(inst.id, 'alterno', `Alterna ${i}`), validFrom: '2025-01-01' });
    await ws.call('members.addRepresentative', { ...validRepresentative(inst.id, 'alterno', `Alterna antigua ${i}`), validFrom: '2023-01-01', validTo: '2024-12-31' });
  }
}, 120_000);

afterAll(() => ws.close());

describe('members', () => {
  bench('members.list, all active', async () => {
    await ws.call('members.list', {});
  });
  bench('members.list, search + category + network', async () => {
    await ws.call('members.list', { search: 'número 1', category: 'womens_organization', inNetwork: true });
  });
  bench('members.summary', async () => {
    await ws.call('members.summary', {});
  });
  bench('members.get with history', async () => {
    await ws.call('members.get', { id: 150 });
  });
});
