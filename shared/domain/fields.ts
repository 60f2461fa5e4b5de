/** Field schemas reused by every domain; each failure carries a message key, never prose. */
import { z } from 'zod';
import { isRealDate } from '../rules/dates';
import { isPhone } from '../rules/phone';

export const isoDate = z
  .string('validation.required')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.dateFormat')
  .refine(isRealDate, 'validation.impossibleDate');

/** A required line of text, trimmed. */
export const requiredText = (max: number) =>
  z.string('validation.required').trim().min(1, 'validation.required').max(max, 'validation.tooLong');

/** An optional line of text: the empty string means "not given". */
export const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong').default('');

export const optionalEmail = z
  .string()
  .trim()
  .max(200, 'validation.tooLong')
  .refine((v) => v === '' || z.email().safeParse(v).success, 'validation.email')
  .default('');

export const optionalPhone = z
  .string()
  .trim()
  .max(40, 'validation.tooLong')
  .refine((v) => v === '' || isPhone(v), 'validation.phone')
  .default('');

export const entityId = z.number('validation.required').int('validation.integer').positive('validation.invalid');

/** Typed text that looks like it identifies a victim is refused until the user confirms it. */
export const acknowledgedSensitive = z.boolean().default(false);

/**
 * A rule across fields that also runs when some fields failed, so a form names every problem at the
 * first submit instead of in rounds (zod skips an object's refinements once a field fails). The rule
 * sees only the fields that passed: a failed one is absent, and a rule about it waits until it is right.
 */
export function crossCheck<T extends object>(rule: (value: Partial<T>, ctx: z.RefinementCtx) => void): z.core.$ZodCheck<T> {
  return z.superRefine<T>((value, ctx) => rule(passedFields(value, ctx.issues), ctx), {
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  });
}

function passedFields<T extends object>(value: T, issues: readonly z.core.$ZodRawIssue[]): Partial<T> {
  const failed = new Set(issues.map((issue) => issue.path?.[0]));
  return Object.fromEntries(Object.entries(value).filter(([key]) => !failed.has(key))) as Partial<T>;
}

/** A period [from, to] where `to` may be open (null); rejects an end before the start. */
export function checkPeriod<T extends Record<string, unknown>>(fromKey: keyof T & string, toKey: keyof T & string) {
  return crossCheck<T>((value, ctx) => {
    const from = value[fromKey];
    const to = value[toKey];
    if (typeof from === 'string' && typeof to === 'string' && to < from) {
      ctx.addIssue({ code: 'custom', path: [toKey], message: 'validation.periodEndsBeforeStart' });
    }
  });
}
