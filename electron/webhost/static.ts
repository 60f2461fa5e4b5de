/** Serves the built renderer. Paths are confined to its folder; unknown paths get index.html. */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

export async function serveStatic(res: http.ServerResponse, root: string, urlPath: string, headOnly: boolean): Promise<void> {
  const file = await resolveFile(root, urlPath);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('No encontrado');
    return;
  }
  const body = await fs.promises.readFile(file);
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  });
  res.end(headOnly ? undefined : body);
}

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  const base = path.resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = path.resolve(base, `.${path.posix.normalize(decoded)}`);
  if (candidate !== base && !candidate.startsWith(base + path.sep)) return null;
  const stat = await fs.promises.stat(candidate).catch(() => null);
  if (stat?.isFile()) return candidate;
  // The renderer routes by hash, so any other path is the app itself.
  const index = path.join(base, 'index.html');
  return fs.existsSync(index) ? index : null;
}
