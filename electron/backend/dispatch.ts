/**
 * The single entry both adapters (IPC and web host) call: validate at the edge, run the handler,
 * and turn every outcome into a Result. Nothing thrown crosses the boundary.
 */
import { contract, isMethodName, type MethodName } from '../../shared/contract';
import type { MessageKey } from '../../shared/messages';
import { AppError, type Result } from '../../shared/result';
import { toFieldErrors } from '../../shared/validation';
import { handlers } from './handlers';
import type { Workspace } from './workspace';

/** The messages of the triggers that refuse changes to approved records, and what the user reads. */
const LOCK_TRIGGERS: [string, MessageKey][] = [
  ['acta_locked', 'sessions.actaLocked'],
  ['plan_locked', 'plan.structureLocked'],
  ['protocol_locked', 'protocol.versionLocked'],
  ['follow_up_immutable', 'agreements.followUpImmutable'],
  ['reminder_letter_issued', 'agreements.reminderLetterIssued'],
];

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

export interface Logger {
  error(message: string, error: unknown): void;
}

export function createDispatcher(workspace: Workspace, log: Logger = console): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) return { ok: false, error: { code: 'NOT_FOUND', key: 'app.unknownMethod' } };
    const parsed = contract[method].input.safeParse(input);
    if (!parsed.success) {
      const fields = toFieldErrors(parsed.error.issues);
      // The first field's message doubles as the summary, for callers that show only one line.
      return { ok: false, error: { code: 'VALIDATION', key: fields[0]?.key ?? 'validation.invalid', fields } };
    }
    try {
      const handler = handlers[method] as (ws: Workspace, input: unknown) => Promise<unknown>;
      const value = await handler(workspace, parsed.data);
      // Parsing the output keeps the contract honest: no stray column ever reaches the renderer.
      return { ok: true, value: contract[method as MethodName].output.parse(value) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.data };
      // The database's own locks: reached only if a service check was missed.
      const lock = error instanceof Error ? LOCK_TRIGGERS.find(([message]) => error.message.includes(message)) : undefined;
      if (lock) return { ok: false, error: { code: 'LOCKED', key: lock[1] } };
      log.error(`Acuerda: ${method} failed`, error);
      return { ok: false, error: { code: 'INTERNAL', key: 'app.internal' } };
    }
  };
}
