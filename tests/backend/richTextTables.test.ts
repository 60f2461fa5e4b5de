/**
 * Minutes with tables and nested lists at the backend's edge: kept as written, and a malformed
 * table or list refused with its Spanish message before anything is written.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE } from '../../electron/backend/workspace';
import { LIST_MAX_LEVELS, TABLE_MAX_COLUMNS, TABLE_MAX_ROWS } from '../../shared/domain/richText';
import { setUpInstancia, validSession } from '../support/sessionFixtures';
import { openTestWorkspace, snapshotDatabase, type TestWorkspace } from '../support/workspace';

let ws: TestWorkspace;
let itemId: number;
let sessionId: number;
const dbFile = () => path.join(ws.dir, DEFAULT_DATABASE);

beforeEach(async () => {
  ws = await openTestWorkspace();
  await setUpInstancia(ws);
  const session = await ws.call('sessions.create', validSession());
  sessionId = session.id;
  itemId = session.agenda.at(-1)!.id;
});
afterEach(() => ws.close());

const run = (text: string, bold = false, italic = false) => ({ text, bold, italic });
const cells = (...texts: string[]) => texts.map((t) => [run(t)]);

const TABLE = {
  type: 'table' as const,
  header: true,
  rows: [cells('Mes', 'Casos'), cells('Julio', '140'), cells('Agosto', '152')],
};
const NESTED = {
  type: 'orderedList' as const,
  items: [{ runs: [run('Campaña')], list: { type: 'bulletList' as const, items: [[run('Talleres')], [run('Ferias', false, true)]] } }, [run('Capacitación')]],
};

/** A list nested `levels` deep. */
function deepList(levels: number): unknown {
  let list: unknown = { type: 'bulletList', items: [[run(`Nivel ${levels}`)]] };
  for (let level = levels - 1; level >= 1; level--) list = { type: 'bulletList', items: [{ runs: [run(`Nivel ${level}`)], list }] };
  return list;
}

describe('tables and nested lists in the minutes', () => {
  it('keeps a table with its header row and a nested list as written', async () => {
    await ws.call('sessions.saveItemMinutes', { id: itemId, discussion: [TABLE, NESTED] });
    const saved = (await ws.call('sessions.get', { id: sessionId })).agenda.find((i) => i.id === itemId);
    expect(saved?.discussion).toEqual([TABLE, NESTED]);
  });

  it('takes a list nested as deep as Word allows', async () => {
    const result = await ws.raw('sessions.saveItemMinutes', { id: itemId, discussion: [deepList(LIST_MAX_LEVELS)] });
    expect(result.ok).toBe(true);
  });

  it.each([
    ['rows of different lengths', [{ ...TABLE, rows: [cells('Mes', 'Casos'), cells('Julio')] }], 'discussion.0.rows', 'richText.tableUneven'],
    ['too many columns', [{ ...TABLE, rows: [cells(...Array.from({ length: TABLE_MAX_COLUMNS + 1 }, (_, i) => `C${i}`))] }], 'discussion.0.rows.0', 'richText.tableTooWide'],
    ['too many rows', [{ ...TABLE, rows: Array.from({ length: TABLE_MAX_ROWS + 1 }, () => cells('x')) }], 'discussion.0.rows', 'richText.tableTooLong'],
    ['no rows', [{ ...TABLE, rows: [] }], 'discussion.0.rows', 'validation.invalid'],
    ['a row without cells', [{ ...TABLE, rows: [[]] }], 'discussion.0.rows.0', 'validation.invalid'],
    ['a table inside a cell', [{ ...TABLE, rows: [[[TABLE]]] }], 'discussion.0.rows.0.0.0.text', 'validation.required'],
    ['a coloured run', [{ ...TABLE, rows: [[[{ text: 'Julio', color: 'C00000' }]]] }], 'discussion.0.rows.0.0.0', 'validation.unexpectedField'],
    ['a list deeper than Word allows', [deepList(LIST_MAX_LEVELS + 1)], 'discussion.0', 'richText.listTooDeep'],
  ])('refuses %s before writing anything', async (_label, discussion, field, key) => {
    const before = snapshotDatabase(dbFile());
    const result = await ws.raw('sessions.saveItemMinutes', { id: itemId, discussion });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.fields).toContainEqual(expect.objectContaining({ path: field, key }));
    expect(snapshotDatabase(dbFile())).toBe(before);
  });
});
