/**
 * The one application window. Its web preferences are the security baseline (architecture rule 9)
 * and are asserted by tests; the page is the built renderer, served by the app's own protocol
 * (appProtocol.ts), never a remote URL.
 */
import { app, BrowserWindow, type WebPreferences } from 'electron';
import { APP_PAGE_URL } from './appProtocol';
import { appFiles } from './paths';

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    spellcheck: true,
  };
}

export function createMainWindow(): BrowserWindow {
  const files = appFiles(app.getAppPath());
  const window = new BrowserWindow({
    title: 'Acuerda',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    // Packaged builds take the icon from the executable; resources/ is not shipped.
    icon: app.isPackaged ? undefined : files.icon,
    webPreferences: secureWebPreferences(files.preload),
  });
  window.once('ready-to-show', () => window.show());
  useSpanishSpellChecker(window);
  void window.loadURL(APP_PAGE_URL);
  return window;
}

/** Actas and agreements are written in Spanish (macOS ignores this and uses its own checker). */
function useSpanishSpellChecker(window: BrowserWindow): void {
  const session = window.webContents.session;
  const language = ['es', 'es-419', 'es-ES'].find((code) => session.availableSpellCheckerLanguages.includes(code));
  if (language) session.setSpellCheckerLanguages([language]);
}
