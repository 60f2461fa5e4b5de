/**
 * How the instancia approves an instrument (the plan, a protocol version): by one of its
 * agreements, or — when a mayor's decree or another document did it — by a written reference.
 */
import { z } from 'zod';
import { crossCheck, entityId, isoDate, optionalText } from './fields';

export const approvalInput = z
  .strictObject({
    id: entityId,
    agreementId: entityId.nullable(),
    /** When no agreement of the instancia approved it: "Decreto de Alcaldía N° 004-2026-MDVE". */
    reference: optionalText(300),
    approvedOn: isoDate,
  })
  .check(
    crossCheck((input, ctx) => {
      if (input.agreementId === null && input.reference === '') {
        ctx.addIssue({ code: 'custom', path: ['agreementId'], message: 'plan.approvalNeedsReference' });
      }
    }),
  );

export const approvalRecord = z
  .object({
    approvedOn: z.string(),
    agreementId: z.number().nullable(),
    /** "ACUERDO N° 001-2026-…" or the written reference. */
    reference: z.string(),
    sessionId: z.number().nullable(),
    sessionTitle: z.string().nullable(),
    sessionDate: z.string().nullable(),
  })
  .nullable();
export type ApprovalRecord = z.infer<typeof approvalRecord>;
