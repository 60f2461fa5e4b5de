/**
 * The acta's lifecycle: approved in a later session, then signed (a scan attached); once approved,
 * corrections are fe de erratas entries. What the acta says is the session's record (sessions.ts)
 * and the agreements adopted in it (agreements.ts).
 */
import { z } from 'zod';
import { acknowledgedSensitive, entityId, isoDate, optionalText, requiredText } from './fields';

export const approveActaInput = z.strictObject({
  id: entityId,
  /** The later session in which the acta was read and approved. */
  approvedInSessionId: entityId,
  observations: optionalText(2000),
});

export const SIGNED_ACTA_MAX_BYTES = 10 * 1024 * 1024;
export const SIGNED_ACTA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export const signedActaInput = z.strictObject({
  id: entityId,
  fileName: requiredText(200),
  dataBase64: z
    .string('validation.required')
    .min(1, 'validation.required')
    .max(Math.ceil(SIGNED_ACTA_MAX_BYTES / 3) * 4, 'sessions.scanTooLarge'),
});

export const erratumInput = z.strictObject({
  id: entityId,
  recordedOn: isoDate,
  text: requiredText(4000),
  acknowledgedSensitive,
});

// Outputs

export const signedActa = z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string() });
