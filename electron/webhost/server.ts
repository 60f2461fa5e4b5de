/**
 * The web host: the same backend as the desktop app, reached over HTTP on the loopback interface.
 * Every API call needs the per-run token; the Host header must name the loopback address, so a
 * web page elsewhere cannot reach the API through DNS rebinding.
 */
import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { Dispatch } from '../backend/dispatch';
import { serveStatic } from './static';

/** The largest request body accepted: a 1 MB logo, base64-encoded, with room to spare. */
// Room for a signed acta scan (10 MB) once base64-encoded.
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

export interface WebHostOptions {
  dispatch: Dispatch;
  staticDir: string;
  token: string;
}

export function createWebHost(options: WebHostOptions): http.Server {
  const server = http.createServer((req, res) => {
    handle(req, res, options, server).catch((error: unknown) => {
      console.error('Acuerda web host:', error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', key: 'app.internal' } });
    });
  });
  return server;
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, options: WebHostOptions, server: http.Server) {
  if (!isLoopbackHost(req.headers.host, server)) return sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', key: 'app.forbidden' } });
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice('/api/'.length), options);
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { ok: false, error: { code: 'FORBIDDEN', key: 'app.forbidden' } });
  return serveStatic(res, options.staticDir, url.pathname, req.method === 'HEAD');
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string, options: WebHostOptions) {
  if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'FORBIDDEN', key: 'app.forbidden' } });
  if (!tokenMatches(req.headers['x-acuerda-token'], options.token)) {
    return sendJson(res, 401, { ok: false, error: { code: 'FORBIDDEN', key: 'app.forbidden' } });
  }
  const body = await readBody(req);
  if (body === 'tooLarge') return sendJson(res, 413, { ok: false, error: { code: 'VALIDATION', key: 'validation.tooBig' } });
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body);
  } catch {
    return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', key: 'validation.invalid' } });
  }
  sendJson(res, 200, await options.dispatch(decodeURIComponent(method), input));
}

function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function isLoopbackHost(host: string | undefined, server: http.Server): boolean {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function readBody(req: http.IncomingMessage): Promise<string | 'tooLarge'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve('tooLarge');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}
