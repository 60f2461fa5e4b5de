/**
 * The Electron main process: app lifecycle only. The work is done by the backend, reached through
 * ipc.ts; this file opens it, shows one window, and closes the database cleanly on the way out.
 */
import { app, type BrowserWindow, dialog, session } from 'electron';
import { createDispatcher } from '../backend/dispatch';
import { Workspace } from '../backend/workspace';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { registerFileChannels } from './files';
import { registerIpc } from './ipc';
import { setApplicationMenu } from './menu';
import { registerNotificationChannel } from './notifications';
import { appFiles, dataDir } from './paths';
import { denyAllPermissions, hardenWebContents } from './security';
import { createMainWindow } from './window';

let mainWindow: BrowserWindow | null = null;
let workspace: Workspace | null = null;
let databaseClosed = false;

// Two copies writing one SQLite file would fight over it: the second launch hands over and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  // The page's app:// origin must be declared before the app is ready; it is served once ready.
  registerAppScheme();

  // Every web contents (the window, and anything it might try to create) gets the same rules.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  app.on('window-all-closed', () => app.quit());

  // Matches the installer's shortcuts (appId in electron-builder.yml), so Windows groups the
  // running window with the pinned icon.
  if (process.platform === 'win32') app.setAppUserModelId('pe.acuerda.app');

  // Closing the database is asynchronous: hold the quit until it is done, then quit again.
  app.on('will-quit', (event) => {
    if (!workspace || databaseClosed) return;
    event.preventDefault();
    const closing = workspace;
    workspace = null;
    void closing
      .close()
      .catch((error: unknown) => console.error('Acuerda: error al cerrar la base de datos', error))
      .finally(() => {
        databaseClosed = true;
        app.quit();
      });
  });

  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  try {
    denyAllPermissions(session.defaultSession);
    // A dev checkout runs Electron with a better-sqlite3 built for Electron's ABI (see dev/start.mjs);
    // a packaged app has its own rebuilt copy and ignores the variable.
    const nativeBinding = app.isPackaged ? undefined : process.env.ACUERDA_NATIVE_BINDING || undefined;
    workspace = await Workspace.open({ dataDir: dataDir(app), nativeBinding });
    registerIpc(createDispatcher(workspace));
    registerFileChannels();
    registerNotificationChannel();
    setApplicationMenu();
    handleAppProtocol(appFiles(app.getAppPath()).renderer);
    mainWindow = createMainWindow();
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  } catch (error) {
    console.error('Acuerda: no se pudo iniciar', error);
    dialog.showErrorBox(
      'Acuerda no pudo iniciar',
      `No se pudo abrir la carpeta de datos o la base de datos.\n\n${error instanceof Error ? error.message : String(error)}`,
    );
    app.quit();
  }
}
