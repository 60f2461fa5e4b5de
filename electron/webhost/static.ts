/** Serves the built renderer. Paths are confined to its folder; unknown paths get index.html. */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { contentTypeOf, pathInside } from '../backend/rendererFiles';

export async function serveStatic(res: http.ServerResponse, root: string, urlPath: string, headOnly: boolean): Promise<void> {
  const file = await resolveFile(root, urlPath);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('No encontrado');
    return;
  }
  const body = await fs.promises.readFile(file);
  res.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  });
  res.end(headOnly ? undefined : body);
}

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  const candidate = pathInside(root, urlPath);
  if (!candidate) return null;
  const stat = await fs.promises.stat(candidate).catch(() => null);
  if (stat?.isFile()) return candidate;
  // The renderer routes by hash, so any other path is the app itself.
  const index = path.join(path.resolve(root), 'index.html');
  return fs.existsSync(index) ? index : null;
}
