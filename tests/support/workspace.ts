/** A real Workspace on a temporary folder, driven through the same dispatcher the adapters use. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { AppErrorData, Result } from '../../shared/result';
import type { Clock } from '../../electron/backend/context';
import { createDispatcher } from '../../electron/backend/dispatch';
import { Workspace } from '../../electron/backend/workspace';

export const TODAY = '2026-03-12';

export const fixedClock = (today = TODAY): Clock => ({ today: () => today, now: () => `${today}T15:00:00.000Z` });

export function tempDir(prefix = 'acuerda-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestWorkspace {
  dir: string;
  workspace: Workspace;
  /** Raw dispatch: any method name, any input, as a malicious or buggy caller could send. */
  raw(method: string, input: unknown): Promise<Result<unknown>>;
  /** Typed call that fails the test on an error result. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Typed call expected to fail; returns the error. */
  fail<M extends MethodName>(method: M, input: unknown): Promise<AppErrorData>;
  close(): Promise<void>;
}

export async function openTestWorkspace(options: { dir?: string; clock?: Clock } = {}): Promise<TestWorkspace> {
  const dir = options.dir ?? tempDir();
  const workspace = await Workspace.open({ dataDir: dir, clock: options.clock ?? fixedClock() });
  const dispatch = createDispatcher(workspace, { error: () => undefined });
  return {
    dir,
    workspace,
    raw: dispatch,
    async call(method, input) {
      const result = await dispatch(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
    async fail(method, input) {
      const result = await dispatch(method, input);
      if (result.ok) throw new Error(`${method} unexpectedly succeeded: ${JSON.stringify(result.value)}`);
      return result.error;
    },
    close: () => workspace.close(),
  };
}

/** Every row of every table, to prove that a rejected call wrote nothing. */
export function snapshotDatabase(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    return JSON.stringify(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
  } finally {
    db.close();
  }
}

export const fileBytes = (file: string): Buffer => fs.readFileSync(file);
