/**
 * Puts a built file on the user's disk without ever replacing one silently: in a browser it is a
 * download (the browser numbers a repeated name); in the desktop app the system's save dialog asks
 * where, and asks again before replacing an existing file.
 */
import type { ExportedFile } from '../../../shared/domain/sessions';
import type { AcuerdaDesktop } from '../../../shared/desktop';

declare global {
  interface Window {
    acuerdaDesktop?: AcuerdaDesktop;
  }
}

export type SaveOutcome =
  | { kind: 'downloaded' }
  | { kind: 'cancelled' }
  /** Saved from the desktop app: `open` shows it in its default program (false if it could not). */
  | { kind: 'saved'; path: string; open: () => Promise<boolean> };

function download(file: ExportedFile): void {
  const bytes = Uint8Array.from(atob(file.dataBase64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: a slow disk may still be reading the data (FileSaver.js waits too).
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export async function saveExportedFile(file: ExportedFile): Promise<SaveOutcome> {
  const desktop = window.acuerdaDesktop;
  if (!desktop) {
    download(file);
    return { kind: 'downloaded' };
  }
  const path = await desktop.saveFile(file);
  return path === null ? { kind: 'cancelled' } : { kind: 'saved', path, open: () => desktop.openPath(path) };
}
