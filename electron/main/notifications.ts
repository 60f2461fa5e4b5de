/**
 * System notifications asked by the page (the daily agreement reminder), through one channel
 * outside the contract. Only plain short text is shown; a click brings the window to the front and
 * answers the page, which then decides where to go.
 */
import { BrowserWindow, type IpcMainInvokeEvent, ipcMain, Notification } from 'electron';
import { DESKTOP_CHANNELS, type DesktopNotice, NOTICE_LIMITS } from '../../shared/desktop';
import { isTrustedSender } from './security';

type Sender = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;

const isText = (value: unknown, max: number, required: boolean): value is string =>
  typeof value === 'string' && value.length <= max && (!required || value.trim() !== '');

function isNotice(value: unknown): value is DesktopNotice {
  if (typeof value !== 'object' || value === null) return false;
  const { title, body } = value as Record<string, unknown>;
  return isText(title, NOTICE_LIMITS.title, true) && isText(body, NOTICE_LIMITS.body, false);
}

function bringToFront(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

export function registerNotificationChannel(): void {
  // A notification nobody references may be garbage-collected, and its click lost with it; it is
  // kept until clicked or dismissed, even after it leaves the screen for the notification centre.
  const shown = new Set<Notification>();

  ipcMain.handle(DESKTOP_CHANNELS.notify, (event: Sender, notice: unknown): Promise<boolean> => {
    if (!isTrustedSender(event.senderFrame) || !isNotice(notice) || !Notification.isSupported()) return Promise.resolve(false);
    const owner = BrowserWindow.fromWebContents(event.sender);
    // Only the two texts: nothing else the page put in the object reaches the system.
    const notification = new Notification({ title: notice.title, body: notice.body });
    shown.add(notification);
    return new Promise((resolve) => {
      notification.once('click', () => {
        shown.delete(notification);
        bringToFront(owner);
        resolve(true);
      });
      const unanswered = () => {
        shown.delete(notification);
        resolve(false);
      };
      notification.once('failed', unanswered);
      notification.once('close', unanswered);
      notification.show();
    });
  });
}
