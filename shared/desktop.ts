/**
 * What only the desktop app offers the page, outside the contract: saving a built file where the
 * user chooses (the operating system's dialog, which asks before replacing a file), opening a
 * file it has just saved with the computer's default program, and showing a notification of the
 * operating system. In a browser there is no such thing.
 */

export const DESKTOP_CHANNELS = {
  saveFile: 'acuerda-desktop:saveFile',
  openPath: 'acuerda-desktop:openPath',
  notify: 'acuerda-desktop:notify',
} as const;

export interface FileToSave {
  /** The suggested name, e.g. "Acta 001-2026-IDC.docx"; the user may change it in the dialog. */
  fileName: string;
  mimeType: string;
  dataBase64: string;
}

/** A system notification: plain text, short enough for the smallest notification balloon. */
export interface DesktopNotice {
  title: string;
  body: string;
}

/** Longer texts are refused, not cut: the page is expected to write short ones. */
export const NOTICE_LIMITS = { title: 120, body: 400 } as const;

/** `window.acuerdaDesktop`, exposed by the preload. */
export interface AcuerdaDesktop {
  /** Asks where to save, then writes the file; the chosen path, or null if the user cancelled. */
  saveFile(file: FileToSave): Promise<string | null>;
  /** Opens a file saved in this run with its default program; false if that was not possible. */
  openPath(path: string): Promise<boolean>;
  /**
   * Shows a system notification. Resolves true once the user clicks it (the window is then brought
   * to the front) and false if it was refused or cannot be shown; until clicked it stays pending,
   * since the system may keep it in its notification centre, where it can still be clicked later.
   */
  notify(notice: DesktopNotice): Promise<boolean>;
}

/**
 * The desktop app serves its page with a fresh nonce in `<meta property="csp-nonce" nonce="…">`:
 * its Content-Security-Policy admits only the `<style>` elements that carry that nonce. In a
 * browser the meta is absent.
 */
export const STYLE_NONCE_META = 'csp-nonce';
