import type { DatabaseProblem } from '../../../shared/domain/workspace';

/** Opening a file was refused; the file itself has not been touched. */
export class DatabaseRefusedError extends Error {
  constructor(
    readonly problem: DatabaseProblem,
    readonly file: string,
    cause?: unknown,
  ) {
    super(`Database refused (${problem}): ${file}`, { cause });
    this.name = 'DatabaseRefusedError';
  }
}
