/**
 * System notifications from the desktop app: only our page may ask, only short plain texts are
 * shown, and a click brings the window to the front and tells the page.
 */
import type { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerNotificationChannel } from '../../../electron/main/notifications';
import { DESKTOP_CHANNELS, NOTICE_LIMITS } from '../../../shared/desktop';
import { FakeBrowserWindow, ipcListener, resetFake } from '../fake-electron';

interface ShownNotification extends EventEmitter {
  options: Record<string, unknown>;
  show: ReturnType<typeof vi.fn>;
}

const native = vi.hoisted(() => ({
  supported: true,
  notifications: [] as ShownNotification[],
  fromWebContents: vi.fn<(contents: unknown) => unknown>(() => null),
}));

// The shared fake has no Notification: add one that records what it was asked to show.
vi.mock('electron', async () => {
  const fake = await import('../fake-electron');
  const { EventEmitter } = await import('node:events');
  class FakeNotification extends EventEmitter {
    static isSupported = () => native.supported;
    show = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      super();
      native.notifications.push(this);
    }
  }
  return {
    ...fake.electron,
    get app() {
      return fake.app;
    },
    Notification: FakeNotification,
    BrowserWindow: Object.assign(class extends fake.FakeBrowserWindow {}, { fromWebContents: native.fromWebContents }),
  };
});

const TRUSTED = 'app://acuerda/index.html#/';
const NOTICE = { title: 'Acuerdos por atender', body: '3 acuerdos vencidos y 2 vencen en los próximos 7 días' };

type Listener = (event: unknown, input: unknown) => Promise<boolean>;
const notify = (input: unknown, url: string | null = TRUSTED) =>
  (ipcListener(DESKTOP_CHANNELS.notify) as Listener)({ senderFrame: url === null ? null : { url }, sender: {} }, input);

/** The window the notification belongs to, with what a real one answers about its state. */
function ownerWindow(minimized = false) {
  const window = Object.assign(new FakeBrowserWindow({}), { isDestroyed: vi.fn(() => false) });
  window.minimized = minimized;
  native.fromWebContents.mockReturnValue(window);
  return window;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  resetFake();
  native.notifications.length = 0;
  native.supported = true;
  native.fromWebContents.mockReset().mockReturnValue(null);
  registerNotificationChannel();
});

describe('showing a notification', () => {
  it('shows the title and body, and nothing else the page sent', async () => {
    void notify({ ...NOTICE, icon: 'file:///etc/passwd', silent: false });
    await flush();
    expect(native.notifications).toHaveLength(1);
    const [shown] = native.notifications;
    expect(shown?.options).toEqual(NOTICE);
    expect(shown?.show).toHaveBeenCalledOnce();
  });

  it('brings a minimised window to the front on click and answers the page', async () => {
    const window = ownerWindow(true);
    const answer = notify(NOTICE);
    await flush();
    native.notifications[0]?.emit('click');
    await expect(answer).resolves.toBe(true);
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('does not restore a window that is not minimised, and skips one already closed', async () => {
    const window = ownerWindow(false);
    const first = notify(NOTICE);
    await flush();
    native.notifications[0]?.emit('click');
    await expect(first).resolves.toBe(true);
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledOnce();

    window.isDestroyed.mockReturnValue(true);
    const second = notify(NOTICE);
    await flush();
    native.notifications[1]?.emit('click');
    await expect(second).resolves.toBe(true);
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('answers false when the system could not show it', async () => {
    const answer = notify(NOTICE);
    await flush();
    native.notifications[0]?.emit('failed', {}, 'toast error');
    await expect(answer).resolves.toBe(false);
  });

  it('answers false when the user dismisses it without clicking', async () => {
    const answer = notify(NOTICE);
    await flush();
    native.notifications[0]?.emit('close');
    await expect(answer).resolves.toBe(false);
  });

  it('answers false without trying on a system without notifications', async () => {
    native.supported = false;
    await expect(notify(NOTICE)).resolves.toBe(false);
    expect(native.notifications).toHaveLength(0);
  });

  it('accepts texts at the limits, including an empty body', async () => {
    void notify({ title: 'T'.repeat(NOTICE_LIMITS.title), body: 'B'.repeat(NOTICE_LIMITS.body) });
    void notify({ title: 'Recordatorio', body: '' });
    await flush();
    expect(native.notifications).toHaveLength(2);
  });
});

describe('refusing', () => {
  it.each([
    ['a foreign web page', 'https://evil.example/'],
    ['another local file', 'file:///tmp/evil.html'],
    ['the app page over file://', 'file:///opt/acuerda/out/renderer/index.html'],
    ['another app:// host', 'app://evil/index.html'],
    ['a destroyed frame', null],
  ])('refuses %s', async (_label, url) => {
    await expect(notify(NOTICE, url)).resolves.toBe(false);
    expect(native.notifications).toHaveLength(0);
  });

  it.each([
    ['no object', 'Recordatorio'],
    ['null', null],
    ['no title', { body: NOTICE.body }],
    ['a blank title', { title: '   ', body: NOTICE.body }],
    ['a title that is not text', { title: 3, body: NOTICE.body }],
    ['a body that is not text', { title: NOTICE.title, body: ['3 acuerdos'] }],
    ['no body', { title: NOTICE.title }],
    ['a title too long', { title: 'T'.repeat(NOTICE_LIMITS.title + 1), body: NOTICE.body }],
    ['a body too long', { title: NOTICE.title, body: 'B'.repeat(NOTICE_LIMITS.body + 1) }],
  ])('refuses %s', async (_label, input) => {
    await expect(notify(input)).resolves.toBe(false);
    expect(native.notifications).toHaveLength(0);
  });
});
