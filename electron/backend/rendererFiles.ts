/**
 * The built renderer's files as both shells serve them: the web host over HTTP and the desktop
 * app over its app:// protocol. A URL path names a file only inside the renderer folder.
 */
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

/** Module scripts are refused unless served as JavaScript, so the type comes from this table. */
export const contentTypeOf = (file: string): string => CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';

/**
 * The absolute path a URL path (still percent-encoded) names inside `root`, or null when it
 * cannot be decoded or would lead out of `root` (`/../`, encoded slashes, Windows backslashes).
 * Nothing is read: whether the file exists is the caller's question.
 */
export function pathInside(root: string, urlPath: string): string | null {
  const base = path.resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = path.resolve(base, `.${path.posix.normalize(decoded)}`);
  return candidate === base || candidate.startsWith(base + path.sep) ? candidate : null;
}
