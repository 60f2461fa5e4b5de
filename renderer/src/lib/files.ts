/** A file the user picked, read for the backend: its bytes as base64, as the contract's `dataBase64` fields expect. */

/** The bytes as plain base64 (no "data:…;base64," prefix), read in chunks so a 10 MB scan does not overflow the call stack. */
export async function readBase64(file: Blob): Promise<string> {
  return toBase64(new Uint8Array(await file.arrayBuffer()));
}

/** Bytes already read, as plain base64. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The same bytes as a data: URL, e.g. to preview an image before it is sent. */
export const dataUrl = (type: string, base64: string): string => `data:${type};base64,${base64}`;
