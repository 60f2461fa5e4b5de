/** The acta's fingerprint: the SHA-256 of its canonical content, frozen when it is approved. */
import { createHash } from 'node:crypto';
import type { ServiceContext } from '../context';
import type { SessionRow } from '../sessions/guards';
import { gatherActaContent } from './content';

/** JSON with object keys sorted at every level, so equal content always gives equal bytes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Frozen for an approved acta; computed from the current content while it is a draft. */
export async function actaHash(ctx: ServiceContext, row: SessionRow): Promise<string> {
  if (row.acta_hash !== null) return row.acta_hash;
  return sha256(canonicalJson(await gatherActaContent(ctx, row)));
}
