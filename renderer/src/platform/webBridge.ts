/**
 * The browser's way to the backend: the same AcuerdaApi as the desktop preload, over HTTP to the
 * local web host. The page is opened as `http://127.0.0.1:PORT/?token=…`; the token is kept for the
 * tab's life and removed from the address bar.
 */
import { type AcuerdaApi, METHOD_NAMES, type MethodName } from '../../../shared/contract';
import type { AppErrorData, Result } from '../../../shared/result';
import { markUnauthorized } from './connection';

const TOKEN_KEY = 'acuerda.token';
const TOKEN_HEADER = 'X-Acuerda-Token';

/** Moves the token from the URL to sessionStorage, so it is not left in history or bookmarks. */
export function takeTokenFromUrl(location: Location = window.location): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** Raised when the backend cannot be reached at all; the renderer shows a dedicated message. */
const NETWORK_FAILURE: AppErrorData = { code: 'UNAVAILABLE', key: 'app.unreachable' };
const UNAUTHORIZED: AppErrorData = { code: 'FORBIDDEN', key: 'app.forbidden', params: { cause: 'token' } };

async function post(method: MethodName, input: unknown, token: string | null): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token ?? '' },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: NETWORK_FAILURE };
  }
  if (response.status === 401) {
    markUnauthorized();
    return { ok: false, error: UNAUTHORIZED };
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: NETWORK_FAILURE };
  }
}

export function createWebBridge(token: string | null): AcuerdaApi {
  const api: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const method of METHOD_NAMES) api[method] = (input) => post(method, input, token);
  return api as AcuerdaApi;
}
