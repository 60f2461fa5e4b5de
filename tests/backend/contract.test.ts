import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/contract';
import { DEFAULT_DATABASE } from '../../electron/backend/workspace';
import { validInstitution, validRepresentative, validSettings } from '../support/fixtures';
import { openTestWorkspace, snapshotDatabase, type TestWorkspace } from '../support/workspace';

let ws: TestWorkspace;
let institutionId: number;
let representativeId: number;
beforeAll(async () => {
  ws = await openTestWorkspace();
  await ws.call('taskforce.save', validSettings());
  institutionId = (await ws.call('members.create', validInstitution())).id;
  representativeId = (await ws.call('members.addRepresentative', validRepresentative(institutionId))).id;
});
afterAll(() => ws.close());

const MALFORMED: [string, unknown][] = [
  ['nothing', undefined],
  ['null', null],
  ['a number', 42],
  ['a string', 'members'],
  ['an array', [{ id: 1 }]],
  ['an unexpected field', { unexpectedField: true }],
];

describe('every contract method validates its input before anything runs', () => {
  const cases = METHOD_NAMES.flatMap((method) => MALFORMED.map(([label, input]) => [method, label, input] as const));

  it.each(cases)('%s rejects %s with VALIDATION and writes nothing', async (method, _label, input) => {
    const before = snapshotDatabase(path.join(ws.dir, DEFAULT_DATABASE));
    const result = await ws.raw(method, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(snapshotDatabase(path.join(ws.dir, DEFAULT_DATABASE))).toBe(before);
  });

  it.each([
    ['members.create', () => ({ ...validInstitution(), name: 'x'.repeat(201) }), 'name', 'validation.tooLong'],
    ['members.create', () => ({ ...validInstitution(), hasVote: 'sí' }), 'hasVote', 'validation.required'],
    ['members.create', () => ({ ...validInstitution(), activeFrom: undefined }), 'activeFrom', 'validation.required'],
    ['members.update', () => ({ ...validInstitution(), id: -3 }), 'id', 'validation.invalid'],
    ['members.update', () => ({ ...validInstitution(), id: 1.5 }), 'id', 'validation.integer'],
    ['members.list', () => ({ search: 'y'.repeat(201) }), 'search', 'validation.tooLong'],
    ['members.addRepresentative', () => ({ ...validRepresentative(institutionId), notes: 'campo que no existe' }), '', 'validation.unexpectedField'],
    ['members.replaceRepresentative', () => ({ id: representativeId, from: '2026-02-29', successor: { fullName: 'X' } }), 'from', 'validation.impossibleDate'],
    ['taskforce.save', () => ({ ...validSettings(), quorum: { firstCall: { kind: 'veto' }, secondCall: null, secondCallDelayMinutes: 0 } }), 'quorum.firstCall.kind', 'validation.invalidOption'],
    ['taskforce.setLogo', () => ({ dataBase64: 'A'.repeat(2_000_000) }), 'dataBase64', 'taskforce.logoTooLarge'],
  ] as const)('%s names the offending field (%s)', async (method, input, field, key) => {
    const before = snapshotDatabase(path.join(ws.dir, DEFAULT_DATABASE));
    const result = await ws.raw(method, input());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields).toContainEqual(expect.objectContaining({ path: field, key }));
    expect(snapshotDatabase(path.join(ws.dir, DEFAULT_DATABASE))).toBe(before);
  });

  it('answers an unknown method with NOT_FOUND', async () => {
    expect(await ws.raw('members.dropEverything', {})).toEqual({ ok: false, error: { code: 'NOT_FOUND', key: 'app.unknownMethod' } });
    expect(await ws.raw('__proto__', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('reports an unexpected failure as INTERNAL without leaking its details', async () => {
    const logged: unknown[] = [];
    const { createDispatcher } = await import('../../electron/backend/dispatch');
    const broken = { context: () => { throw new TypeError('secret stack detail'); } } as never;
    const dispatch = createDispatcher(broken, { error: (_message, error) => logged.push(error) });
    expect(await dispatch('members.summary', {})).toEqual({ ok: false, error: { code: 'INTERNAL', key: 'app.internal' } });
    expect(logged).toHaveLength(1);
  });
});
