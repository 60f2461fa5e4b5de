/**
 * Notifications of the operating system, which only the desktop app can show; a browser tab has
 * none here (its page shows a banner instead).
 */
import type { DesktopNotice } from '../../../shared/desktop';

export const canNotifySystem = (): boolean => window.acuerdaDesktop !== undefined;

/** Shows the notice; resolves true once the user clicks it, false outside the desktop app. */
export function notifySystem(notice: DesktopNotice): Promise<boolean> {
  return window.acuerdaDesktop?.notify(notice) ?? Promise.resolve(false);
}
