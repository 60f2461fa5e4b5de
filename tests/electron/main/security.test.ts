import { beforeEach, describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, hardenWebContents, isExternalUrl, isTrustedSender } from '../../../electron/main/security';
import { FakeSession, FakeWebContents, resetFake, shell } from '../fake-electron';

vi.mock('electron', async () => (await import('../fake-electron')).electron);

type Contents = Parameters<typeof hardenWebContents>[0];
type AnySession = Parameters<typeof denyAllPermissions>[0];

function hardened(): FakeWebContents {
  const contents = new FakeWebContents(new FakeSession());
  hardenWebContents(contents as unknown as Contents);
  return contents;
}

function cancellable() {
  return { preventDefault: vi.fn() };
}

beforeEach(() => resetFake());

describe('window.open', () => {
  it('is always denied', () => {
    const contents = hardened();
    for (const url of ['https://www.gob.pe', 'file:///etc/passwd', 'javascript:alert(1)', 'about:blank', 'app://acuerda/index.html']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('hands http(s) and mailto links to the OS browser', () => {
    const contents = hardened();
    contents.windowOpenHandler?.({ url: 'https://www.mimp.gob.pe/' });
    contents.windowOpenHandler?.({ url: 'http://example.org/a?b=c' });
    contents.windowOpenHandler?.({ url: 'mailto:secretaria@example.org' });
    expect(shell.openExternal.mock.calls.map(([url]) => url)).toEqual([
      'https://www.mimp.gob.pe/',
      'http://example.org/a?b=c',
      'mailto:secretaria@example.org',
    ]);
  });

  it('never hands file:, javascript:, data: or custom-scheme links to the OS', () => {
    const contents = hardened();
    for (const url of [
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'smb://server/share',
      'ms-msdt:/id',
      'app://acuerda/index.html',
      'not a url',
    ]) {
      contents.windowOpenHandler?.({ url });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('classifies external URLs by scheme only', () => {
    expect(isExternalUrl('HTTPS://EXAMPLE.ORG')).toBe(true);
    expect(isExternalUrl('file:///tmp/x')).toBe(false);
    expect(isExternalUrl('')).toBe(false);
  });
});

describe('navigation and webviews', () => {
  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('%s is prevented', (eventName) => {
    const contents = hardened();
    const event = cancellable();
    contents.emit(eventName, event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('prevents navigating even to the app page itself', () => {
    const contents = hardened();
    const event = cancellable();
    contents.emit('will-navigate', event, 'app://acuerda/index.html');
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    const ses = new FakeSession();
    denyAllPermissions(ses as unknown as AnySession);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      ses.permissionRequestHandler?.(...([{}, permission, callback] as never[]));
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(ses.permissionCheckHandler?.(...([null, 'media', 'file://', {}] as never[]))).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts the app page, with any hash or query', () => {
    expect(isTrustedSender({ url: 'app://acuerda/index.html' })).toBe(true);
    expect(isTrustedSender({ url: 'app://acuerda/index.html#/miembros/3' })).toBe(true);
    expect(isTrustedSender({ url: 'app://acuerda/index.html?x=1#/' })).toBe(true);
  });

  it('no longer trusts the renderer page loaded from disk', () => {
    expect(isTrustedSender({ url: 'file:///opt/acuerda/out/renderer/index.html' })).toBe(false);
    expect(isTrustedSender({ url: 'file:///opt/acuerda/out/renderer/index.html#/' })).toBe(false);
  });

  it('refuses anything else', () => {
    for (const url of [
      'https://evil.example/',
      'https://acuerda/index.html',
      'http://127.0.0.1:5173/index.html',
      'app://evil.example/index.html',
      'app://acuerda.evil.example/index.html',
      'app://ACUERDA/index.html',
      'app://acuerda:8080/index.html',
      'app://user@acuerda/index.html',
      'app://acuerda/',
      'app://acuerda/other.html',
      'app://acuerda/assets/index.html',
      'app://acuerda/index.html/x',
      'app://acuerda/%69ndex.html',
      'file:///tmp/out/renderer/index.html',
      'data:text/html,hola',
      'about:blank',
      '',
    ]) {
      expect(isTrustedSender({ url }), url).toBe(false);
    }
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
