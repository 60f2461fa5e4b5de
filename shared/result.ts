/**
 * Errors cross the process boundary as data, never as thrown exceptions. The codes are stable;
 * the renderer turns `key` (and each field's key) into a Spanish or English sentence.
 */
import type { MessageKey } from './messages';

export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'UNAVAILABLE',
  'FORBIDDEN',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type MessageParams = Record<string, string | number>;

export interface FieldError {
  /** Dotted path of the offending field in the method's input, e.g. "dni" or "ordinance.date". */
  path: string;
  key: MessageKey;
  params?: MessageParams;
}

export interface AppErrorData {
  code: ErrorCode;
  key: MessageKey;
  params?: MessageParams;
  fields?: FieldError[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Thrown inside the backend and turned into `{ ok: false }` by the handlers. */
export class AppError extends Error {
  readonly data: AppErrorData;
  constructor(code: ErrorCode, key: MessageKey, options: { params?: MessageParams; fields?: FieldError[] } = {}) {
    super(`${code}: ${key}`);
    this.name = 'AppError';
    this.data = { code, key, ...options };
  }
}

/** A business-rule violation tied to one field, reported like a validation error. */
export const fieldError = (
  code: ErrorCode,
  path: string,
  key: MessageKey,
  params?: MessageParams,
): AppError => new AppError(code, key, { params, fields: [{ path, key, params }] });
