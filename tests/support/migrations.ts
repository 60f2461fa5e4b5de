/**
 * A real database file stopped at a chosen schema version, for the upgrade test of each migration
 * (tests/backend/migrations/): build it at version N−1, insert rows as that version stored them,
 * migrate to N the way the app does, and look at what became of them.
 */
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { ACUERDA_APPLICATION_ID, configureConnection } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { DEFAULT_DATABASE } from '../../electron/backend/workspace';
import { fixedClock, openTestWorkspace, type TestWorkspace, tempDir } from './workspace';

export type Row = Record<string, string | number | bigint | Buffer | null>;

export interface VersionedDatabase {
  /** A data folder holding the file under its usual name, so a workspace can open it afterwards. */
  dir: string;
  file: string;
  sqlite: SqliteDatabase.Database;
  /** Applies the migrations after the current version up to `version`, in one transaction, as the app does. */
  migrateTo(version: number): Promise<void>;
  /** Closes the file, e.g. before a workspace opens it; afterEach(closeDatabases) closes the others. */
  close(): Promise<void>;
}

const opened: VersionedDatabase[] = [];
const workspaces: TestWorkspace[] = [];

/** Closes every database and workspace opened here; for afterEach. */
export async function closeDatabases(): Promise<void> {
  for (const database of [...opened]) await database.close();
  for (const workspace of workspaces.splice(0)) await workspace.close();
}

/** A new database at `version` (0: an empty file), with the connection settings the app uses. */
export async function databaseAtVersion(version: number): Promise<VersionedDatabase> {
  const dir = tempDir('acuerda-migration-');
  const file = path.join(dir, DEFAULT_DATABASE);
  const sqlite = new SqliteDatabase(file);
  configureConnection(sqlite);
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
  // migrate() takes the list's length as the target version: a shorter list stops there.
  const migrateTo = (target: number) => migrate(db, MIGRATIONS.slice(0, target), ACUERDA_APPLICATION_ID);
  const database: VersionedDatabase = {
    dir,
    file,
    sqlite,
    migrateTo,
    close: () => {
      opened.splice(opened.indexOf(database), 1);
      return db.destroy();
    },
  };
  opened.push(database);
  await migrateTo(version);
  return database;
}

/** Closes the file and opens it as the app does, migrating it to the latest version, to drive it through the API. */
export async function openInApp(database: VersionedDatabase): Promise<TestWorkspace> {
  await database.close();
  const workspace = await openTestWorkspace({ dir: database.dir, clock: fixedClock() });
  workspaces.push(workspace);
  return workspace;
}

/** Inserts one row given as column → value; returns its rowid. */
export function insertRow(sqlite: SqliteDatabase.Database, table: string, row: Row): number {
  const columns = Object.keys(row);
  const statement = sqlite.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  return Number(statement.run(...Object.values(row)).lastInsertRowid);
}

/** Every row of a table in rowid order, to compare before and after a migration. */
export const rowsOf = (sqlite: SqliteDatabase.Database, table: string): Row[] => sqlite.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all() as Row[];

export interface IndexInfo {
  name: string;
  unique: boolean;
  partial: boolean;
  columns: string[];
}

/** The indexes a migration declared on a table (PRAGMA index_list), without SQLite's automatic ones. */
export function indexesOf(sqlite: SqliteDatabase.Database, table: string): IndexInfo[] {
  const list = sqlite.pragma(`index_list(${table})`) as { name: string; unique: number; origin: string; partial: number }[];
  return list
    .filter((index) => index.origin === 'c')
    .map((index) => ({
      name: index.name,
      unique: index.unique === 1,
      partial: index.partial === 1,
      columns: (sqlite.pragma(`index_info(${index.name})`) as { name: string }[]).map((column) => column.name),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const indexNames = (sqlite: SqliteDatabase.Database, table: string): string[] => indexesOf(sqlite, table).map((index) => index.name);

/** The names of the tables or triggers in the schema. */
export const schemaNames = (sqlite: SqliteDatabase.Database, type: 'table' | 'trigger'): string[] =>
  sqlite.prepare('SELECT name FROM sqlite_schema WHERE type = ? ORDER BY name').pluck().all(type) as string[];
