import { spawn } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/backend/dispatch';
import { parseHostOptions, UsageError } from '../../electron/webhost/options';
import { createWebHost, MAX_BODY_BYTES } from '../../electron/webhost/server';
import { openTestWorkspace, tempDir, type TestWorkspace } from '../support/workspace';

const TOKEN = 'test-token-1234567890';
let ws: TestWorkspace;
let server: http.Server;
let base: string;
let staticDir: string;

beforeAll(async () => {
  ws = await openTestWorkspace();
  staticDir = tempDir('acuerda-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Acuerda</title>');
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(staticDir), 'secret.txt'), 'no');
  server = createWebHost({ dispatch: createDispatcher(ws.workspace), staticDir, token: TOKEN });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  server.close();
  await ws.close();
});

const api = (method: string, body: unknown, headers: Record<string, string> = { 'X-Acuerda-Token': TOKEN }) =>
  fetch(`${base}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('web host', () => {
  it('answers API calls that carry the run token', async () => {
    const response = await api('workspace.status', {});
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, value: { database: { state: 'ready' } } });
  });

  it('rejects calls without the token, or with a wrong one, with 401', async () => {
    expect((await api('workspace.status', {}, {})).status).toBe(401);
    expect((await api('workspace.status', {}, { 'X-Acuerda-Token': 'test-token-1234567891' })).status).toBe(401);
    expect((await api('workspace.status', {}, { 'X-Acuerda-Token': 'short' })).status).toBe(401);
  });

  it('rejects a request whose Host is not the loopback address (DNS rebinding)', async () => {
    const port = new URL(base).port;
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, path: '/api/workspace.status', method: 'POST', headers: { Host: `evil.example:${port}`, 'X-Acuerda-Token': TOKEN } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('returns validation errors as data, and refuses bodies that are not JSON or too large', async () => {
    expect(await (await api('members.create', { name: '' })).json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const notJson = await fetch(`${base}/api/workspace.status`, { method: 'POST', headers: { 'X-Acuerda-Token': TOKEN }, body: '{no es json' });
    expect(notJson.status).toBe(400);
    const huge = await api('taskforce.setLogo', { dataBase64: 'A'.repeat(MAX_BODY_BYTES + 10) });
    expect(huge.status).toBe(413);
    expect((await fetch(`${base}/api/workspace.status`, { headers: { 'X-Acuerda-Token': TOKEN } })).status).toBe(405);
  });

  it('serves the renderer without a token, and never a file outside its folder', async () => {
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(await (await fetch(`${base}/assets/app.js`)).text()).toBe('console.log(1)');
    const escape = await fetch(`${base}/..%2fsecret.txt`);
    expect(await escape.text()).not.toBe('no');
  });
});

describe('web host command line', () => {
  it('reads --port, --data-dir and --no-open, in both spellings', () => {
    const options = parseHostOptions(['--port', '8123', '--data-dir=/tmp/acuerda-x', '--no-open'], {});
    expect(options).toEqual({ port: 8123, dataDir: path.resolve('/tmp/acuerda-x'), open: false });
    expect(parseHostOptions([], { ACUERDA_DATA_DIR: '/srv/acuerda' }).dataDir).toBe('/srv/acuerda');
  });

  it('explains a bad option in Spanish', () => {
    expect(() => parseHostOptions(['--port', 'ochenta'], {})).toThrow(UsageError);
    expect(() => parseHostOptions(['--port', 'ochenta'], {})).toThrow(/Puerto no válido/);
    expect(() => parseHostOptions(['--color'], {})).toThrow(/Opción desconocida/);
  });

  it('prints one line with the URL and token, and stops cleanly on SIGTERM closing the database', async () => {
    const entry = path.resolve('out/webhost/index.cjs');
    expect(fs.existsSync(entry), 'run npm run build first').toBe(true);
    const dataDir = tempDir();
    const child = spawn(process.execPath, [entry, '--no-open', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => resolve(chunk.toString()));
      child.on('exit', (code) => reject(new Error(`exited early with ${code}`)));
    });
    const url = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]{20,})/.exec(line);
    expect(url).not.toBeNull();
    const status = await fetch(`http://127.0.0.1:${url![1]}/api/workspace.status`, { method: 'POST', headers: { 'X-Acuerda-Token': url![2]! }, body: '{}' });
    expect(status.status).toBe(200);

    // A second start on the same folder points at the running one instead of opening the database again.
    const second = spawn(process.execPath, [entry, '--no-open', '--port', '0', '--data-dir', dataDir]);
    let secondOutput = '';
    second.stdout.on('data', (chunk: Buffer) => (secondOutput += chunk.toString()));
    expect(await new Promise((resolve) => second.on('exit', resolve))).toBe(0);
    expect(secondOutput).toContain(`ya está abierto con esta carpeta de datos: ${url![0]}`);

    const exitCode = await new Promise<number | null>((resolve) => {
      child.on('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
    expect(exitCode).toBe(0);
    // A cleanly closed WAL database leaves no write-ahead log behind.
    expect(fs.existsSync(path.join(dataDir, 'acuerda.sqlite-wal'))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'acuerda-web.lock'))).toBe(false);
  });
});
