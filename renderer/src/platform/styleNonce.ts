/**
 * The nonce the desktop app served this page with (see STYLE_NONCE_META): its policy admits only
 * the `<style>` elements carrying it, so each library that writes one is handed it. In a browser
 * there is none, and the page's own policy allows inline styles as before.
 */
import { STYLE_NONCE_META } from '../../../shared/desktop';

// The browser hides a nonce attribute's value from getAttribute; the `nonce` property keeps it.
export const STYLE_NONCE: string | undefined =
  document.querySelector<HTMLMetaElement>(`meta[property="${STYLE_NONCE_META}"]`)?.nonce || undefined;

/** Mantine's `getStyleNonce`, for its theme variables and breakpoint classes. */
export const getStyleNonce = STYLE_NONCE === undefined ? undefined : () => STYLE_NONCE;

declare global {
  interface Window {
    __webpack_nonce__?: string;
  }
}

/**
 * react-remove-scroll, with which Mantine's modals lock the page's scrolling, takes its nonce from
 * this global (the name its `get-nonce` helper reads, whatever the bundler). Called at start-up.
 */
export function shareStyleNonce(): void {
  if (STYLE_NONCE) window.__webpack_nonce__ = STYLE_NONCE;
}
