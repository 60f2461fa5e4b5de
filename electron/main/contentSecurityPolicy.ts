/**
 * The Content-Security-Policy of the desktop app's page, sent as a header with every app://
 * response (appProtocol.ts). It tightens the meta policy of renderer/index.html, which stays as it
 * is for the web host: a page obeys both, so the stricter one decides.
 *
 * - Anything not named falls back to `default-src 'none'`: no fetch or other connections (the page
 *   reaches the backend over IPC), no frames, objects, workers or media.
 * - Scripts, styles, fonts and images come only from the app itself; fonts and images may also be
 *   data: or blob: URLs the page makes.
 * - No 'unsafe-inline' for styles: Mantine writes its theme variables and breakpoint classes into
 *   `<style>` elements, and so do Tiptap and react-remove-scroll (Mantine's modals), but all three
 *   put a nonce on them (renderer/src/platform/styleNonce.ts hands it over). The `style` props React
 *   sets go through the CSSOM, which CSP does not restrict.
 * - `frame-ancestors` works only as a header.
 */
export function contentSecurityPolicy(styleNonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${styleNonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
