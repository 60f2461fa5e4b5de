import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ACUERDA_APPLICATION_ID, openDatabase } from '../../electron/backend/db/connection';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { DEFAULT_DATABASE } from '../../electron/backend/workspace';
import { validSettings } from '../support/fixtures';
import { fileBytes, openTestWorkspace, tempDir, type TestWorkspace } from '../support/workspace';

let open: TestWorkspace[] = [];
const track = async (ws: Promise<TestWorkspace>) => {
  const w = await ws;
  open.push(w);
  return w;
};
afterEach(async () => {
  await Promise.all(open.map((w) => w.close()));
  open = [];
});

describe('opening the database', () => {
  it('creates a new database with every migration, the safety pragmas and the Acuerda marker', async () => {
    const ws = await track(openTestWorkspace());
    const status = await ws.call('workspace.status', {});
    expect(status.database).toMatchObject({ state: 'ready', kind: 'real', configured: false });

    const db = new Database(path.join(ws.dir, DEFAULT_DATABASE), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('application_id', { simple: true })).toBe(ACUERDA_APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual([
      'acta_erratum',
      'addressee',
      'agenda_item',
      'agreement',
      'agreement_follow_up',
      'agreement_responsible',
      'agreement_verification_file',
      'attendance',
      'default_agenda_item',
      'document_counter',
      'guest',
      'institution',
      'letterhead_logo',
      'numbering_pattern',
      'plan',
      'plan_activity',
      'plan_activity_agreement',
      'plan_activity_budget',
      'plan_activity_institution',
      'plan_indicator',
      'plan_line',
      'plan_objective',
      'plan_progress',
      'plan_target',
      'protocol_function',
      'protocol_group_care',
      'protocol_route_step',
      'protocol_section',
      'protocol_version',
      'reminder_letter',
      'representative',
      'session',
      'signed_acta',
      'taskforce',
      'year_name',
    ]);
    db.close();
  });

  it('applies foreign keys, full sync and a busy timeout on the live connection', async () => {
    const handle = await openDatabase(path.join(tempDir(), DEFAULT_DATABASE));
    const pragma = async (name: string) => (await sql.raw(`PRAGMA ${name}`).execute(handle.db)).rows[0];
    expect(await pragma('foreign_keys')).toEqual({ foreign_keys: 1 });
    expect(await pragma('synchronous')).toEqual({ synchronous: 2 }); // FULL
    expect(await pragma('busy_timeout')).toEqual({ timeout: 5000 });
    // The schema itself refuses a representative of a missing institution.
    await expect(
      sql`INSERT INTO representative (institution_id, role, full_name, post, dni, phone, email, accreditation_number,
        valid_from, created_at, updated_at) VALUES (999, 'titular', 'X', '', '', '', '', '', '2025-01-01', '', '')`.execute(handle.db),
    ).rejects.toThrow(/FOREIGN KEY/);
    await handle.close();
  });

  it('keeps the data after closing and opening again', async () => {
    const dir = tempDir();
    const first = await openTestWorkspace({ dir });
    await first.call('taskforce.save', validSettings());
    await first.close();
    const second = await track(openTestWorkspace({ dir }));
    expect((await second.call('taskforce.get', {}))?.shortName).toBe('IDC-SJP');
    expect((await second.call('workspace.status', {})).database).toMatchObject({ state: 'ready', configured: true });
  });

  it('refuses a database written by a newer Acuerda and leaves it untouched', async () => {
    const dir = tempDir();
    const file = path.join(dir, DEFAULT_DATABASE);
    const future = new Database(file);
    future.pragma(`application_id = ${ACUERDA_APPLICATION_ID}`);
    future.exec('CREATE TABLE from_the_future (x TEXT)');
    future.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    future.close();
    const before = fileBytes(file);

    const ws = await track(openTestWorkspace({ dir }));
    expect((await ws.call('workspace.status', {})).database).toEqual({ state: 'refused', problem: 'tooNew', file });
    expect(await ws.fail('taskforce.get', {})).toMatchObject({ code: 'UNAVAILABLE', key: 'database.unavailable' });
    expect(fileBytes(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('never overwrites a file that is not SQLite, and can start a new database beside it', async () => {
    const dir = tempDir();
    const file = path.join(dir, DEFAULT_DATABASE);
    fs.writeFileSync(file, 'Acta de la sesión ordinaria: texto que alguien guardó con este nombre.\n'.repeat(50));
    const before = fileBytes(file);

    const ws = await track(openTestWorkspace({ dir }));
    expect((await ws.call('workspace.status', {})).database).toEqual({ state: 'refused', problem: 'notSqlite', file });
    expect(await ws.fail('members.create', { name: 'x' })).toMatchObject({ code: 'VALIDATION' });

    const fresh = await ws.call('workspace.startNewDatabase', {});
    expect(fresh.database).toMatchObject({ state: 'ready', kind: 'real', configured: false });
    const newFile = fresh.database.file;
    expect(newFile).not.toBe(file);
    expect(path.dirname(newFile)).toBe(dir);
    await ws.call('taskforce.save', validSettings());
    expect(fileBytes(file).equals(before)).toBe(true);

    // The choice is remembered: the next start opens the new database, not the refused file.
    await ws.close();
    const again = await track(openTestWorkspace({ dir }));
    expect((await again.call('workspace.status', {})).database).toMatchObject({ state: 'ready', file: newFile, configured: true });
  });

  it('refuses a SQLite database of another program without touching it', async () => {
    const dir = tempDir();
    const file = path.join(dir, DEFAULT_DATABASE);
    const other = new Database(file);
    other.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices (total) VALUES (12.5);");
    other.close();
    const before = fileBytes(file);

    const ws = await track(openTestWorkspace({ dir }));
    expect((await ws.call('workspace.status', {})).database).toMatchObject({ state: 'refused', problem: 'notAcuerda' });
    expect(fileBytes(file).equals(before)).toBe(true);
  });

  it('refuses a damaged database without touching it', async () => {
    const dir = tempDir();
    const file = path.join(dir, DEFAULT_DATABASE);
    const seeded = await openTestWorkspace({ dir });
    await seeded.call('taskforce.save', validSettings());
    await seeded.close();
    const bytes = fileBytes(file);
    // Keep the SQLite header but scramble the pages that hold the schema and the data.
    for (let i = 100; i < bytes.length; i += 7) bytes[i] = (bytes[i]! ^ 0x5a) & 0xff;
    fs.writeFileSync(file, bytes);

    const ws = await track(openTestWorkspace({ dir }));
    expect((await ws.call('workspace.status', {})).database).toMatchObject({ state: 'refused', problem: 'corrupt' });
    expect(fileBytes(file).equals(bytes)).toBe(true);
  });

  it('keeps real and demo data in separate files', async () => {
    const ws = await track(openTestWorkspace());
    await ws.call('taskforce.save', validSettings());
    const demo = await ws.call('workspace.openDemo', {});
    expect(demo.database).toMatchObject({ state: 'ready', kind: 'demo', configured: true });
    const demoMembers = await ws.call('members.list', { status: 'all' });
    expect(demoMembers.length).toBeGreaterThanOrEqual(18);
    expect((await ws.call('taskforce.get', {}))?.shortName).toBe('IDC-VE');
    const demoSessions = await ws.call('sessions.list', {});
    expect(demoSessions.map((s) => s.actaStatus).sort()).toEqual(['aprobada', 'borrador', 'borrador']);
    expect(demoSessions.every((s) => s.number !== null)).toBe(true);
    expect(demoSessions.reduce((n, s) => n + s.agreementCount, 0)).toBe(5);
    const [demoPlan] = await ws.call('plan.list', {});
    expect(demoPlan).toMatchObject({ status: 'aprobado', activityCount: 7 });
    const progress = await ws.call('plan.progress', { id: demoPlan!.id });
    expect(progress.statusCounts.behind + progress.statusCounts.on_track + progress.statusCounts.done).toBe(7);
    expect((await ws.call('protocol.list', {})).map((v) => v.status)).toEqual(['borrador', 'aprobado']);

    const real = await ws.call('workspace.openReal', {});
    expect(real.database).toMatchObject({ kind: 'real' });
    expect(await ws.call('members.list', { status: 'all' })).toEqual([]);
    expect(await ws.call('sessions.list', {})).toEqual([]);
    expect(await ws.call('plan.list', {})).toEqual([]);
    expect((await ws.call('taskforce.get', {}))?.shortName).toBe('IDC-SJP');
  });
});
