/** Turns zod issues into field errors carrying message keys, for the backend and the forms alike. */
import type { z } from 'zod';
import { MESSAGE_KEYS, type MessageKey } from './messages';
import type { FieldError } from './result';

const KNOWN = new Set<string>(MESSAGE_KEYS);

export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const { key, params } = keyOf(issue);
    return params ? { path, key, params } : { path, key };
  });
}

function keyOf(issue: z.core.$ZodIssue): { key: MessageKey; params?: Record<string, number> } {
  const params = limitsOf(issue);
  const key = KNOWN.has(issue.message) ? (issue.message as MessageKey) : defaultKey(issue);
  return params ? { key, params } : { key };
}

function limitsOf(issue: z.core.$ZodIssue): Record<string, number> | undefined {
  if (issue.code === 'too_big') return { max: Number(issue.maximum) };
  if (issue.code === 'too_small') return { min: Number(issue.minimum) };
  if (issue.code === 'custom' && issue.params) return issue.params as Record<string, number>;
  return undefined;
}

function defaultKey(issue: z.core.$ZodIssue): MessageKey {
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.includes('received undefined') ? 'validation.required' : 'validation.invalid';
    case 'too_big':
      return issue.origin === 'string' ? 'validation.tooLong' : 'validation.tooBig';
    case 'too_small':
      return issue.origin === 'string' ? 'validation.tooShort' : 'validation.tooSmall';
    case 'unrecognized_keys':
      return 'validation.unexpectedField';
    case 'invalid_value':
    case 'invalid_union':
      return 'validation.invalidOption';
    default:
      return 'validation.invalid';
  }
}
