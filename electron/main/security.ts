/**
 * The security baseline (architecture rule 9). The renderer shows only our own page: it may not
 * open windows, navigate away, embed webviews or get device permissions, and only that page may
 * call the backend. Links to the web open in the user's browser, outside the app.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type Session, shell, type WebContents } from 'electron';
import { appFiles } from './paths';

/** Schemes handed to the operating system; anything else (file:, javascript:, data:…) is dropped. */
const EXTERNAL_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

export function isExternalUrl(url: string): boolean {
  try {
    return EXTERNAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Applied to every web contents the app creates (see index.ts, 'web-contents-created'). */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalUrl(url)) void shell.openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });
  // The app routes with the URL hash, which emits no will-navigate; any real navigation is foreign.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** No camera, microphone, notifications, geolocation…: the app needs none. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** The part of a frame the sender check reads; `null` when the frame is already gone. */
export interface SenderFrame {
  url: string;
}

/**
 * True only for our own renderer page (`file://…/out/renderer/index.html`, any hash or query).
 * IPC handlers refuse every other sender, so injected or foreign content cannot reach the data.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame || typeof frame.url !== 'string') return false;
  try {
    const url = new URL(frame.url);
    if (url.protocol !== 'file:' || (url.host !== '' && url.host !== 'localhost')) return false;
    // fileURLToPath drops the hash and query and decodes %20 and friends.
    return samePath(fileURLToPath(url), appFiles(app.getAppPath()).rendererIndex);
  } catch {
    // Unparsable URLs, and file URLs with encoded slashes, are not ours.
    return false;
  }
}

function samePath(a: string, b: string): boolean {
  const [x, y] = [path.resolve(a), path.resolve(b)];
  // Windows paths are case-insensitive (and Chromium may spell the drive letter differently).
  return process.platform === 'win32' ? x.toLowerCase() === y.toLowerCase() : x === y;
}
