/**
 * Recognises a logo by its bytes, not by its file name: PNG and JPEG only (what Word and every
 * municipal office can print), with their pixel size read from the file header. Shared, so the
 * window refuses a text file named ".png" at once, with the same judgement the backend applies.
 */

export interface ImageInfo {
  mimeType: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IHDR = [0x49, 0x48, 0x44, 0x52];

const startsWith = (bytes: Uint8Array, expected: readonly number[], at = 0) => expected.every((b, i) => bytes[at + i] === b);

export function sniffImage(bytes: Uint8Array): ImageInfo | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && startsWith(bytes, PNG_SIGNATURE) && startsWith(bytes, IHDR, 12)) {
    return positive({ mimeType: 'image/png', width: view.getUint32(16), height: view.getUint32(20) });
  }
  if (bytes.length >= 4 && startsWith(bytes, [0xff, 0xd8, 0xff])) return jpegInfo(bytes, view);
  return null;
}

/** Walks the JPEG segments to the first start-of-frame marker, which holds the size. */
function jpegInfo(bytes: Uint8Array, view: DataView): ImageInfo | null {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] ?? 0;
    const length = view.getUint16(offset + 2);
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame) {
      return positive({ mimeType: 'image/jpeg', height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) });
    }
    offset += 2 + length;
  }
  return null;
}

function positive(info: ImageInfo): ImageInfo | null {
  return info.width > 0 && info.height > 0 ? info : null;
}
