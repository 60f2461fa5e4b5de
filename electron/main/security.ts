/**
 * The security baseline (architecture rule 9). The renderer shows only our own page: it may not
 * open windows, navigate away, embed webviews or get device permissions, and only that page may
 * call the backend. Links to the web open in the user's browser, outside the app.
 */
import { type Session, shell, type WebContents } from 'electron';
import { isAppPage } from './appProtocol';

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
  // The app routes with the URL hash and reloads in place, neither of which emits will-navigate:
  // any real navigation, even to another app:// page, is foreign.
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
 * True only for our own page, app://acuerda/index.html (any hash or query); not even the same
 * page over file://. IPC handlers refuse every other sender, so injected or foreign content
 * cannot reach the data.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return typeof frame?.url === 'string' && isAppPage(frame.url);
}
