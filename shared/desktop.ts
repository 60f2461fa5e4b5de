/**
 * What only the desktop app offers the page, outside the contract: saving a built file where the
 * user chooses (the operating system's dialog, which asks before replacing a file) and opening a
 * file it has just saved with the computer's default program. In a browser there is no such thing.
 */

export const DESKTOP_CHANNELS = {
  saveFile: 'acuerda-desktop:saveFile',
  openPath: 'acuerda-desktop:openPath',
} as const;

export interface FileToSave {
  /** The suggested name, e.g. "Acta 001-2026-IDC.docx"; the user may change it in the dialog. */
  fileName: string;
  mimeType: string;
  dataBase64: string;
}

/** `window.acuerdaDesktop`, exposed by the preload. */
export interface AcuerdaDesktop {
  /** Asks where to save, then writes the file; the chosen path, or null if the user cancelled. */
  saveFile(file: FileToSave): Promise<string | null>;
  /** Opens a file saved in this run with its default program; false if that was not possible. */
  openPath(path: string): Promise<boolean>;
}
