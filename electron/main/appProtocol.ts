/**
 * The page's own origin, app://acuerda/. The window loads the built renderer through this protocol
 * instead of file:// (Electron's security checklist): the page gets an origin of its own, its
 * Content-Security-Policy arrives as a header, and nothing but the renderer folder can be read.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { protocol } from 'electron';
import { STYLE_NONCE_META } from '../../shared/desktop';
import { contentTypeOf, pathInside } from '../backend/rendererFiles';
import { contentSecurityPolicy } from './contentSecurityPolicy';

const SCHEME = 'app';
const HOST = 'acuerda';

/** The page the window loads; also the only page whose calls the IPC handlers accept. */
export const APP_PAGE_URL = `${SCHEME}://${HOST}/index.html`;

/**
 * Must run before the app is ready. `standard` gives the page a real origin (relative URLs
 * resolve, and 'self' means app://acuerda); `secure` makes it a secure context, like https.
 * Nothing more: the page fetches nothing (its policy forbids it), so no supportFetchAPI; and
 * without corsEnabled no other origin can read these files.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: SCHEME, privileges: { standard: true, secure: true } }]);
}

/** Serves `rendererDir` on the app scheme; called once the app is ready, before the window loads. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(SCHEME, (request) => serveAppRequest(request, rendererDir));
}

/** True for the app's page with any query or hash; another scheme, host, port or path is foreign. */
export function isAppPage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return isAppHost(parsed) && parsed.pathname === '/index.html';
  } catch {
    return false;
  }
}

const isAppHost = (url: URL): boolean =>
  url.protocol === `${SCHEME}:` && url.host === HOST && url.username === '' && url.password === '';

/**
 * One request to the app scheme: a file of `rendererDir`, or 404 for anything else (a missing
 * file, a folder, a path leading out of it, another host). Every answer carries the policy; the
 * HTML also carries the policy's style nonce, fresh for each page load.
 */
export async function serveAppRequest(request: Pick<Request, 'method' | 'url'>, rendererDir: string): Promise<Response> {
  const nonce = randomBytes(16).toString('base64');
  if (request.method !== 'GET') return respond(405, null, nonce);
  const url = new URL(request.url);
  const file = isAppHost(url) ? pathInside(rendererDir, url.pathname) : null;
  // Reading a folder fails like reading a missing file does.
  const body = file ? await fs.readFile(file).catch(() => null) : null;
  if (!file || !body) return respond(404, null, nonce);
  const contentType = contentTypeOf(file);
  return respond(200, contentType.startsWith('text/html') ? withStyleNonce(body.toString('utf8'), nonce) : body, nonce, contentType);
}

function respond(status: number, body: string | Uint8Array<ArrayBuffer> | null, nonce: string, contentType?: string): Response {
  const headers = new Headers({ 'Content-Security-Policy': contentSecurityPolicy(nonce), 'X-Content-Type-Options': 'nosniff' });
  if (contentType) headers.set('Content-Type', contentType);
  return new Response(body, { status, headers });
}

/** The page learns its nonce from a meta tag (renderer/src/platform/styleNonce.ts). */
const withStyleNonce = (html: string, nonce: string): string =>
  html.replace('</head>', `  <meta property="${STYLE_NONCE_META}" nonce="${nonce}" />\n  </head>`);
