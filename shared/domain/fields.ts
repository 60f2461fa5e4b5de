/** Field schemas reused by every domain; each failure carries a message key, never prose. */
import { z } from 'zod';
import { isRealDate } from '../rules/dates';

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
  .refine((v) => v === '' || /^[0-9+() -]{6,40}$/.test(v), 'validation.phone')
  .default('');

export const entityId = z.number('validation.required').int('validation.integer').positive('validation.invalid');

/** A period [from, to] where `to` may be open (null); rejects an end before the start. */
export function checkPeriod<T extends Record<string, unknown>>(fromKey: keyof T & string, toKey: keyof T & string) {
  return (value: T, ctx: z.RefinementCtx) => {
    const from = value[fromKey];
    const to = value[toKey];
    if (typeof from === 'string' && typeof to === 'string' && to < from) {
      ctx.addIssue({ code: 'custom', path: [toKey], message: 'validation.periodEndsBeforeStart' });
    }
  };
}
