/**
 * A stand-in for the 'electron' module (its binary cannot run here). Every fake records what the
 * code under test did with it: constructor options, registered handlers and protocols, menu
 * templates. Tests mock 'electron' with `electron` below and call `resetFake()` before each test.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Handler = (...args: never[]) => unknown;

export const state = {
  lockGranted: true,
  isPackaged: false,
  appPath: '/opt/acuerda',
  userData: '/home/ana/.config/Acuerda',
};

export class FakeSession {
  permissionRequestHandler: Handler | null = null;
  permissionCheckHandler: Handler | null = null;
  availableSpellCheckerLanguages = ['en-US', 'es', 'pt-BR'];
  setSpellCheckerLanguages = vi.fn();
  setPermissionRequestHandler = vi.fn((handler: Handler | null) => {
    this.permissionRequestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: Handler | null) => {
    this.permissionCheckHandler = handler;
  });
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  session: FakeSession;
  constructor(session: FakeSession) {
    super();
    this.session = session;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents: FakeWebContents;
  minimized = false;
  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn(() => {
    this.minimized = false;
  });
  isMinimized = vi.fn(() => this.minimized);
  constructor(readonly options: Record<string, unknown>) {
    super();
    this.webContents = new FakeWebContents(session.defaultSession);
    FakeBrowserWindow.instances.push(this);
    // Like Electron: every new web contents is announced on the app.
    app.emit('web-contents-created', {}, this.webContents);
  }
}

class FakeApp extends EventEmitter {
  name = 'Acuerda';
  requestSingleInstanceLock = vi.fn(() => state.lockGranted);
  quit = vi.fn();
  whenReady = vi.fn(() => Promise.resolve());
  getAppPath = vi.fn(() => state.appPath);
  getPath = vi.fn((name: string) => (name === 'userData' ? state.userData : `/fake/${name}`));
  getVersion = vi.fn(() => '0.1.0');
  setAboutPanelOptions = vi.fn();
  setAppUserModelId = vi.fn();
  get isPackaged(): boolean {
    return state.isPackaged;
  }
}

export let app = new FakeApp();
export const session = { defaultSession: new FakeSession() };
export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };
export const ipcMain = { handle: vi.fn((_channel: string, _listener: Handler) => undefined) };
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};
export const dialog = { showErrorBox: vi.fn() };
export const protocol = {
  registerSchemesAsPrivileged: vi.fn((_schemes: unknown[]) => undefined),
  handle: vi.fn((_scheme: string, _handler: (request: Request) => Promise<Response>) => undefined),
};
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = { invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null })) };

/** The module object handed to `vi.mock('electron', …)`; getters so a reset is seen everywhere. */
export const electron = {
  get app() {
    return app;
  },
  get session() {
    return session;
  },
  BrowserWindow: FakeBrowserWindow,
  shell,
  ipcMain,
  Menu,
  dialog,
  protocol,
  contextBridge,
  ipcRenderer,
};

export function resetFake(): void {
  Object.assign(state, { lockGranted: true, isPackaged: false, appPath: '/opt/acuerda', userData: '/home/ana/.config/Acuerda' });
  app = new FakeApp();
  session.defaultSession = new FakeSession();
  FakeBrowserWindow.instances = [];
  vi.clearAllMocks();
}

/** The registered `ipcMain.handle` listener of one channel. */
export function ipcListener(channel: string): Handler {
  const call = ipcMain.handle.mock.calls.find(([registered]) => registered === channel);
  if (!call) throw new Error(`no handler for ${channel}`);
  return call[1];
}

/** The registered `protocol.handle` handler of one scheme. */
export function protocolHandler(scheme: string): (request: Request) => Promise<Response> {
  const call = protocol.handle.mock.calls.find(([registered]) => registered === scheme);
  if (!call) throw new Error(`no protocol handler for ${scheme}`);
  return call[1];
}
