import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE } from '../../electron/backend/workspace';
import { validInstitution, validRepresentative, validSettings } from '../support/fixtures';
import { fixedClock, openTestWorkspace, snapshotDatabase, type TestWorkspace } from '../support/workspace';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await openTestWorkspace();
  await ws.call('taskforce.save', validSettings());
});
afterEach(() => ws.close());

const dbFile = () => path.join(ws.dir, DEFAULT_DATABASE);

describe('member institutions', () => {
  it('registers an institution and finds it by accent-free search, category, network and status', async () => {
    const cem = await ws.call('members.create', validInstitution());
    await ws.call('members.create', { ...validInstitution('Red de Lideresas Mujeres Valientes'), acronym: 'RLMV', category: 'womens_organization', inNetwork: true });
    await ws.call('members.create', { ...validInstitution('Comisaría de Familia'), acronym: 'PNP', category: 'police', activeTo: '2026-01-31' });

    expect(cem).toMatchObject({ name: 'Centro Emergencia Mujer San Juan', active: true, titular: null, representatives: [] });
    const names = async (filter: Parameters<typeof ws.call<'members.list'>>[1]) => (await ws.call('members.list', filter)).map((i) => i.name);
    expect(await names({ search: 'MUJER' })).toEqual(['Centro Emergencia Mujer San Juan', 'Red de Lideresas Mujeres Valientes']);
    expect(await names({ search: 'comisaria', status: 'all' })).toEqual(['Comisaría de Familia']);
    expect(await names({ search: 'rlmv' })).toEqual(['Red de Lideresas Mujeres Valientes']);
    expect(await names({ search: '100%_' })).toEqual([]);
    expect(await names({ inNetwork: true })).toEqual(['Red de Lideresas Mujeres Valientes']);
    expect(await names({ category: 'state_justice' })).toEqual(['Centro Emergencia Mujer San Juan']);
    expect(await names({ status: 'inactive' })).toEqual(['Comisaría de Familia']);
    expect(await names({})).toHaveLength(2);
  });

  it('refuses a second institution with the same name in other capitals or accents', async () => {
    await ws.call('members.create', validInstitution('Centro de Salud Materno Infantil'));
    const before = snapshotDatabase(dbFile());
    const error = await ws.fail('members.create', validInstitution('centro de salud  MATERNO infantíl'));
    expect(error).toMatchObject({ code: 'CONFLICT', key: 'members.duplicateName', params: { name: 'Centro de Salud Materno Infantil' } });
    expect(error.fields).toContainEqual(expect.objectContaining({ path: 'name', key: 'members.duplicateName' }));
    expect(snapshotDatabase(dbFile())).toBe(before);
  });

  it('edits an institution, keeping its own name free for itself', async () => {
    const created = await ws.call('members.create', validInstitution());
    const edited = await ws.call('members.update', { ...validInstitution(), id: created.id, hasVote: false, phone: '01 555 0199' });
    expect(edited).toMatchObject({ hasVote: false, phone: '01 555 0199' });
  });

  it('rejects an active period that ends before it starts', async () => {
    const error = await ws.fail('members.create', { ...validInstitution(), activeTo: '2025-01-01' });
    expect(error.fields).toContainEqual({ path: 'activeTo', key: 'validation.periodEndsBeforeStart' });
  });

  it('counts institutions per category and the network share of voting seats', async () => {
    await ws.call('members.create', validInstitution('Institución A'));
    await ws.call('members.create', { ...validInstitution('Organización B'), category: 'womens_organization', inNetwork: true });
    await ws.call('members.create', { ...validInstitution('Organización C'), category: 'womens_organization', inNetwork: true });
    await ws.call('members.create', { ...validInstitution('Invitada D'), category: 'international_cooperation', hasVote: false });
    const summary = await ws.call('members.summary', {});
    expect(summary).toMatchObject({ activeInstitutions: 4, votingInstitutions: 3, networkInstitutions: 2 });
    expect(summary.networkVotingShare).toBeCloseTo(2 / 3);
    expect(summary.byCategory.find((c) => c.category === 'womens_organization')?.count).toBe(2);
    expect(summary.byCategory.reduce((n, c) => n + c.count, 0)).toBe(4);
  });

  it('deletes an institution nothing refers to, but only deactivates one with history', async () => {
    const unused = await ws.call('members.create', validInstitution('Registrada por error'));
    expect(await ws.call('members.remove', { id: unused.id, date: '2026-03-12' })).toEqual({ outcome: 'deleted' });
    expect(await ws.fail('members.get', { id: unused.id })).toMatchObject({ code: 'NOT_FOUND' });

    const used = await ws.call('members.create', validInstitution());
    await ws.call('members.addRepresentative', validRepresentative(used.id));
    expect(await ws.call('members.remove', { id: used.id, date: '2026-03-11' })).toEqual({ outcome: 'deactivated' });
    const after = await ws.call('members.get', { id: used.id });
    expect(after).toMatchObject({ active: false, activeTo: '2026-03-11', titular: null });
    expect(after.representatives[0]).toMatchObject({ fullName: 'María Quispe', validTo: '2026-03-11', current: false });
    expect((await ws.call('members.reactivate', { id: used.id })).active).toBe(true);
  });
});

describe('representatives', () => {
  it('accredits a titular and an alterno at the same time', async () => {
    const inst = await ws.call('members.create', validInstitution());
    await ws.call('members.addRepresentative', validRepresentative(inst.id, 'titular', 'María Quispe'));
    await ws.call('members.addRepresentative', { ...validRepresentative(inst.id, 'alterno', 'Rosa Huamán'), dni: '' });
    const detail = await ws.call('members.get', { id: inst.id });
    expect(detail).toMatchObject({ titular: 'María Quispe', alterno: 'Rosa Huamán' });
    expect((await ws.call('members.list', {}))[0]).toMatchObject({ titular: 'María Quispe', alterno: 'Rosa Huamán' });
  });

  it('refuses two titulares whose periods overlap, and allows consecutive ones', async () => {
    const inst = await ws.call('members.create', validInstitution());
    await ws.call('members.addRepresentative', { ...validRepresentative(inst.id), validTo: '2025-12-31' });
    const before = snapshotDatabase(dbFile());
    const error = await ws.fail('members.addRepresentative', { ...validRepresentative(inst.id, 'titular', 'Otra'), validFrom: '2025-06-01' });
    expect(error).toMatchObject({ code: 'CONFLICT', key: 'members.overlappingRepresentative', params: { role: 'titular' } });
    expect(snapshotDatabase(dbFile())).toBe(before);
    await ws.call('members.addRepresentative', { ...validRepresentative(inst.id, 'titular', 'Sucesora'), validFrom: '2026-01-01' });
    expect((await ws.call('members.get', { id: inst.id })).titular).toBe('Sucesora');
  });

  it.each([
    ['a DNI of seven digits', { dni: '4012345' }, 'dni', 'validation.dni'],
    ['a DNI with letters', { dni: '4012345A' }, 'dni', 'validation.dni'],
    ['a period ending before it starts', { validTo: '2025-01-01' }, 'validTo', 'validation.periodEndsBeforeStart'],
    ['an impossible accreditation date', { accreditationDate: '2025-13-01' }, 'accreditationDate', 'validation.impossibleDate'],
    ['an unknown role', { role: 'suplente' }, 'role', 'validation.invalidOption'],
    ['a bad e-mail', { email: 'maria@@cem' }, 'email', 'validation.email'],
  ])('rejects %s', async (_label, change, field, key) => {
    const inst = await ws.call('members.create', validInstitution());
    const before = snapshotDatabase(dbFile());
    const error = await ws.fail('members.addRepresentative', { ...validRepresentative(inst.id), ...change });
    expect(error.fields).toContainEqual(expect.objectContaining({ path: field, key }));
    expect(snapshotDatabase(dbFile())).toBe(before);
  });

  it('replaces a titular keeping the history of who represented the institution', async () => {
    const inst = await ws.call('members.create', validInstitution());
    const first = await ws.call('members.addRepresentative', validRepresentative(inst.id, 'titular', 'María Quispe'));
    const successor = await ws.call('members.replaceRepresentative', {
      id: first.id,
      from: '2026-02-01',
      successor: { fullName: 'Lucía Ramos', post: 'Coordinadora', dni: '', validTo: null },
    });
    expect(successor).toMatchObject({ fullName: 'Lucía Ramos', role: 'titular', validFrom: '2026-02-01', current: true });
    const detail = await ws.call('members.get', { id: inst.id });
    expect(detail.titular).toBe('Lucía Ramos');
    expect(detail.representatives.map((r) => [r.fullName, r.validFrom, r.validTo, r.current])).toEqual([
      ['Lucía Ramos', '2026-02-01', null, true],
      ['María Quispe', '2025-03-08', '2026-01-31', false],
    ]);
  });

  it('refuses a replacement dated on or before the predecessor started', async () => {
    const inst = await ws.call('members.create', validInstitution());
    const first = await ws.call('members.addRepresentative', validRepresentative(inst.id));
    const before = snapshotDatabase(dbFile());
    const error = await ws.fail('members.replaceRepresentative', { id: first.id, from: '2025-03-08', successor: { fullName: 'X' } });
    expect(error).toMatchObject({ code: 'VALIDATION', key: 'members.replaceDateOutsidePeriod' });
    expect(snapshotDatabase(dbFile())).toBe(before);
  });

  it('shows who is current according to the date', async () => {
    const inst = await ws.call('members.create', validInstitution());
    await ws.call('members.addRepresentative', { ...validRepresentative(inst.id), validFrom: '2026-04-01' });
    expect((await ws.call('members.get', { id: inst.id })).titular).toBeNull();
    await ws.close();
    ws = await openTestWorkspace({ dir: ws.dir, clock: fixedClock('2026-04-01') });
    expect((await ws.call('members.get', { id: inst.id })).titular).toBe('María Quispe');
  });

  it('refuses to accredit anyone for an institution that left before the accreditation starts', async () => {
    const inst = await ws.call('members.create', { ...validInstitution(), activeTo: '2025-12-31' });
    const error = await ws.fail('members.addRepresentative', { ...validRepresentative(inst.id), validFrom: '2026-01-05' });
    expect(error).toMatchObject({ code: 'CONFLICT', key: 'members.inactiveInstitution' });
  });
});
