/** Attached documents (signed actas, evidence) are recognised by their first bytes, never by their name. */

const SIGNATURES: { mimeType: 'application/pdf' | 'image/jpeg' | 'image/png'; starts: number[] }[] = [
  { mimeType: 'application/pdf', starts: [0x25, 0x50, 0x44, 0x46] },
  { mimeType: 'image/jpeg', starts: [0xff, 0xd8, 0xff] },
  { mimeType: 'image/png', starts: [0x89, 0x50, 0x4e, 0x47] },
];

/** PDF, JPEG or PNG; null for anything else. */
export const sniffDocument = (bytes: Buffer): 'application/pdf' | 'image/jpeg' | 'image/png' | null =>
  SIGNATURES.find((s) => s.starts.every((b, i) => bytes[i] === b))?.mimeType ?? null;
