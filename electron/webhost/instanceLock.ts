/**
 * One web host per data folder, like the desktop app's single-instance lock: a second
 * `npm run start:web` on the same folder reopens the running one in the browser instead of
 * starting another server on the same database.
 */
import fs from 'node:fs';
import path from 'node:path';

const LOCK_FILE = 'acuerda-web.lock';

interface LockContent {
  pid: number;
  url: string;
}

/** The address of a web host still running on this folder, if any. */
export function runningInstanceUrl(dataDir: string): string | null {
  try {
    const lock = JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')) as LockContent;
    return isAlive(lock.pid) ? lock.url : null;
  } catch {
    return null;
  }
}

export function writeInstanceLock(dataDir: string, url: string): void {
  const content: LockContent = { pid: process.pid, url };
  // Only this user may read the token inside.
  fs.writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify(content), { mode: 0o600 });
}

export function releaseInstanceLock(dataDir: string): void {
  fs.rmSync(path.join(dataDir, LOCK_FILE), { force: true });
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
