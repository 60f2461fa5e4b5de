/**
 * Which database file the app works on. Real data lives in `acuerda.sqlite` (or a file the user
 * started after a refusal, remembered in `acuerda-config.json`); the fictional demo lives in its own
 * file, so the two never mix. A refused file is reported, never touched.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AppStatus } from '../../shared/domain/workspace';
import { AppError } from '../../shared/result';
import { type Clock, type ServiceContext, systemClock } from './context';
import { type OpenDatabase, openDatabase } from './db/connection';
import { DatabaseRefusedError } from './db/refusal';
import { seedDemo } from './demo/seed';
import { findTaskforce } from './taskforce/repository';
import { APP_VERSION } from './version';

export const DEFAULT_DATABASE = 'acuerda.sqlite';
export const DEMO_DATABASE = 'acuerda-demo.sqlite';
const CONFIG_FILE = 'acuerda-config.json';

export interface WorkspaceOptions {
  dataDir: string;
  nativeBinding?: string;
  clock?: Clock;
}

type Current =
  | { state: 'ready'; kind: 'real' | 'demo'; file: string; handle: OpenDatabase; configured: boolean }
  | { state: 'refused'; file: string; problem: DatabaseRefusedError['problem'] };

export class Workspace {
  private current!: Current;
  readonly clock: Clock;

  private constructor(private readonly options: WorkspaceOptions) {
    this.clock = options.clock ?? systemClock;
  }

  static async open(options: WorkspaceOptions): Promise<Workspace> {
    fs.mkdirSync(options.dataDir, { recursive: true });
    const workspace = new Workspace(options);
    await workspace.switchTo('real', workspace.realDatabaseFile());
    return workspace;
  }

  status(): AppStatus {
    const c = this.current;
    return {
      version: APP_VERSION,
      database:
        c.state === 'ready'
          ? { state: 'ready', kind: c.kind, file: c.file, configured: c.configured }
          : { state: 'refused', problem: c.problem, file: c.file },
    };
  }

  /** The context for a service call; fails with UNAVAILABLE while no database is open. */
  context(): ServiceContext {
    if (this.current.state !== 'ready') throw new AppError('UNAVAILABLE', 'database.unavailable');
    return { db: this.current.handle.db, clock: this.clock };
  }

  /** Called after the instancia is first saved, so the status no longer asks for set-up. */
  async refreshConfigured(): Promise<void> {
    if (this.current.state === 'ready') this.current.configured = (await findTaskforce(this.current.handle.db)) !== undefined;
  }

  async openDemo(): Promise<AppStatus> {
    const file = path.join(this.options.dataDir, DEMO_DATABASE);
    await this.switchTo('demo', file);
    if (this.current.state === 'ready' && !this.current.configured) {
      await seedDemo(this.context());
      await this.refreshConfigured();
    }
    return this.status();
  }

  async openReal(): Promise<AppStatus> {
    await this.switchTo('real', this.realDatabaseFile());
    return this.status();
  }

  /** Leaves the refused file where it is and starts an empty database in a new file beside it. */
  async startNewDatabase(): Promise<AppStatus> {
    const stamp = this.clock.now().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    let name = `acuerda-${stamp}.sqlite`;
    for (let n = 2; fs.existsSync(path.join(this.options.dataDir, name)); n++) name = `acuerda-${stamp}-${n}.sqlite`;
    writeConfig(this.options.dataDir, { databaseFile: name });
    return this.openReal();
  }

  async close(): Promise<void> {
    if (this.current?.state === 'ready') await this.current.handle.close();
  }

  private realDatabaseFile(): string {
    return path.join(this.options.dataDir, readConfig(this.options.dataDir).databaseFile ?? DEFAULT_DATABASE);
  }

  private async switchTo(kind: 'real' | 'demo', file: string): Promise<void> {
    await this.close();
    try {
      const handle = await openDatabase(file, { nativeBinding: this.options.nativeBinding });
      const configured = (await findTaskforce(handle.db)) !== undefined;
      this.current = { state: 'ready', kind, file, handle, configured };
    } catch (error) {
      if (!(error instanceof DatabaseRefusedError)) throw error;
      this.current = { state: 'refused', file, problem: error.problem };
    }
  }
}

interface WorkspaceConfig {
  databaseFile?: string;
}

function readConfig(dataDir: string): WorkspaceConfig {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(path.join(dataDir, CONFIG_FILE), 'utf8'));
    const file = (parsed as WorkspaceConfig).databaseFile;
    // Only a plain file name inside the data folder is honoured.
    return typeof file === 'string' && path.basename(file) === file ? { databaseFile: file } : {};
  } catch {
    return {};
  }
}

function writeConfig(dataDir: string, config: WorkspaceConfig): void {
  const target = path.join(dataDir, CONFIG_FILE);
  fs.writeFileSync(`${target}.tmp`, JSON.stringify(config, null, 2));
  fs.renameSync(`${target}.tmp`, target);
}
