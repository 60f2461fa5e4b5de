/**
 * The app:// protocol that serves the renderer to the window: only the files of the renderer
 * folder, with their content type and the page's policy as a header.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_PAGE_URL, handleAppProtocol, registerAppScheme, serveAppRequest } from '../../../electron/main/appProtocol';
import { protocol, protocolHandler, resetFake } from '../fake-electron';

vi.mock('electron', async () => (await import('../fake-electron')).electron);

const projectRoot = path.resolve(__dirname, '../../..');
const SCRIPT = 'console.log("acuerda");';
const SECRET = 'la base de datos de al lado';

let dir: string;
let renderer: string;

beforeEach(() => {
  resetFake();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'acuerda-protocol-'));
  renderer = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.copyFileSync(path.join(projectRoot, 'renderer', 'index.html'), path.join(renderer, 'index.html'));
  fs.writeFileSync(path.join(renderer, 'assets', 'index-abc.js'), SCRIPT);
  fs.writeFileSync(path.join(renderer, 'assets', 'index-abc.css'), 'body { margin: 0 }');
  fs.writeFileSync(path.join(renderer, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  fs.writeFileSync(path.join(renderer, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // Beside the renderer folder, where a path climbing out of it would land.
  fs.writeFileSync(path.join(dir, 'secret.txt'), SECRET);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

// A plain object, not a Request: the handler must parse every URL itself, even one with credentials.
const get = (url: string, method = 'GET') => serveAppRequest({ url, method }, renderer);

/** The nonce the page was given in its meta tag. */
const metaNonce = (html: string) => /<meta property="csp-nonce" nonce="([^"]+)" \/>/.exec(html)?.[1];

describe('the app scheme', () => {
  it('is declared standard and secure, and nothing more', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true } },
    ]);
  });

  it('is handled by serving the given renderer folder', async () => {
    handleAppProtocol(renderer);
    expect(protocol.handle).toHaveBeenCalledExactlyOnceWith('app', expect.any(Function));
    const response = await protocolHandler('app')(new Request('app://acuerda/assets/index-abc.js'));
    expect(await response.text()).toBe(SCRIPT);
  });
});

describe('the page', () => {
  it('is served as HTML with the policy header, whose style nonce the page carries', async () => {
    const response = await get(APP_PAGE_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    const nonce = metaNonce(html);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    const policy = response.headers.get('Content-Security-Policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(policy).not.toContain('unsafe-');
    // The rest of the page is served as built, inside its <head>.
    expect(html.replace(/\s*<meta property="csp-nonce"[^>]*>/, '')).toBe(fs.readFileSync(path.join(renderer, 'index.html'), 'utf8'));
    expect(html.indexOf('csp-nonce')).toBeLessThan(html.indexOf('</head>'));
  });

  it('gets a fresh nonce on every load', async () => {
    const nonces = await Promise.all([1, 2, 3].map(async () => metaNonce(await (await get(APP_PAGE_URL)).text())));
    expect(new Set(nonces).size).toBe(3);
  });

  it('ignores the query and the hash', async () => {
    const response = await get(`${APP_PAGE_URL}?x=1#/miembros`);
    expect(response.status).toBe(200);
    expect(metaNonce(await response.text())).toBeDefined();
  });
});

describe('other files', () => {
  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/logo.svg', 'image/svg+xml'],
  ])('serves %s as %s, byte for byte, under the same policy', async (file, type) => {
    const response = await get(`app://acuerda/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(type);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(fs.readFileSync(path.join(renderer, file)));
  });
});

describe('refusals', () => {
  it.each([
    'app://acuerda/../../secret.txt',
    'app://acuerda/%2e%2e/secret.txt',
    'app://acuerda/..%2Fsecret.txt',
    'app://acuerda/assets/..%2F..%2Fsecret.txt',
    'app://acuerda/..%5Csecret.txt',
    'app://acuerda/assets/%E0%A4%A',
    'app://acuerda/index.html%00.js',
  ])('never leaves the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it.each([
    'app://evil.example/index.html',
    'app://acuerda.evil.example/index.html',
    'app://acuerda:8080/index.html',
    'app://user@acuerda/index.html',
    'https://acuerda/index.html',
  ])('answers 404 to a foreign host or scheme: %s', async (url) => {
    expect((await get(url)).status).toBe(404);
  });

  it.each(['app://acuerda/assets/missing.js', 'app://acuerda/assets/', 'app://acuerda/'])(
    'answers 404 to what is not a file: %s',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    },
  );

  it('serves only GET', async () => {
    expect((await get(APP_PAGE_URL, 'POST')).status).toBe(405);
  });
});
