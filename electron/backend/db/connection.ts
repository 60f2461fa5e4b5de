/**
 * Opening the SQLite file. Everything that could change a file (pragmas, migrations) happens only
 * after a read-only inspection has shown it is an Acuerda database, or a new one: a file that is
 * not ours is never written.
 */
import fs from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { nameKey } from '../../../shared/rules/text';
import { MIGRATIONS } from './migrations';
import { migrate } from './migrate';
import { DatabaseRefusedError } from './refusal';
import type { Database } from './schema';

/** Written into the SQLite header so a copied or renamed Acuerda file is still recognised. */
export const ACUERDA_APPLICATION_ID = 0x41637564; // "Acud"

const SQLITE_HEADER = 'SQLite format 3\u0000';

export interface OpenOptions {
  /** A better-sqlite3 build for Electron's ABI, when running inside Electron from a dev checkout. */
  nativeBinding?: string;
}

export interface OpenDatabase {
  db: Kysely<Database>;
  close(): Promise<void>;
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenDatabase> {
  if (fileHasContent(file)) inspectExisting(file, options);
  const sqlite = new SqliteDatabase(file, { nativeBinding: options.nativeBinding });
  try {
    configureConnection(sqlite);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrate(db as Kysely<unknown>, MIGRATIONS, ACUERDA_APPLICATION_ID);
    return { db, close: () => db.destroy() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/**
 * The settings and SQL functions every connection has, before any migration runs: migrations
 * rely on them too (005 fills a column with fold()), so the upgrade tests open files this way.
 */
export function configureConnection(sqlite: SqliteDatabase.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // A committed acta must survive a power cut.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  // Searches ignore case and accents ("policia" finds "Policía"), as users type them.
  sqlite.function('fold', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? nameKey(text) : null));
}

function fileHasContent(file: string): boolean {
  try {
    return fs.statSync(file).size > 0;
  } catch {
    return false;
  }
}

/** Read-only checks of a file that already exists; throws DatabaseRefusedError, changes nothing. */
function inspectExisting(file: string, options: OpenOptions): void {
  const header = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) throw new DatabaseRefusedError('notSqlite', file);

  let sqlite: SqliteDatabase.Database | undefined;
  try {
    sqlite = new SqliteDatabase(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    const applicationId = sqlite.pragma('application_id', { simple: true }) as number;
    const tables = sqlite.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
    if (applicationId !== ACUERDA_APPLICATION_ID && (applicationId !== 0 || tables.n > 0)) {
      throw new DatabaseRefusedError('notAcuerda', file);
    }
    const version = sqlite.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) throw new DatabaseRefusedError('tooNew', file);
    const check = sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DatabaseRefusedError('corrupt', file);
  } catch (error) {
    if (error instanceof DatabaseRefusedError) throw error;
    throw new DatabaseRefusedError('corrupt', file, error);
  } finally {
    sqlite?.close();
  }
}
