/**
 * The desktop page's policy header against the meta policy of renderer/index.html (which the web
 * host relies on): the header may only take away, so the page obeys the stricter of the two.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/main/contentSecurityPolicy';

const NONCE = 'bm9uY2UtZGUtcHJ1ZWJhIQ==';

type Policy = Map<string, string[]>;

const parse = (policy: string): Policy =>
  new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );

/** What a directive allows, with fetch directives falling back to default-src; null is "anything". */
const allowed = (policy: Policy, directive: string): string[] | null =>
  policy.get(directive) ?? (directive.endsWith('-src') ? policy.get('default-src') : undefined) ?? null;

function metaPolicy(): Policy {
  const html = fs.readFileSync(path.resolve(__dirname, '../../../renderer/index.html'), 'utf8');
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  expect(content, 'meta policy').toBeDefined();
  return parse(content ?? '');
}

describe('the desktop policy header', () => {
  it('allows nothing the meta policy of renderer/index.html forbids', () => {
    const meta = metaPolicy();
    const header = parse(contentSecurityPolicy(NONCE));
    for (const directive of new Set([...meta.keys(), ...header.keys(), 'connect-src', 'worker-src', 'media-src'])) {
      const loose = allowed(meta, directive);
      const strict = allowed(header, directive);
      if (loose === null) continue;
      expect(strict, directive).not.toBeNull();
      for (const source of strict ?? []) {
        // A nonce admits fewer inline styles than 'unsafe-inline' does.
        const covered = source === "'none'" || loose.includes(source) || (source.startsWith("'nonce-") && loose.includes("'unsafe-inline'"));
        expect(covered, `${directive} ${source}`).toBe(true);
      }
    }
  });

  it("admits inline styles only with the page's nonce, and no inline or eval-ed script", () => {
    const header = parse(contentSecurityPolicy(NONCE));
    expect(header.get('style-src')).toEqual(["'self'", `'nonce-${NONCE}'`]);
    expect(header.get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy(NONCE)).not.toContain('unsafe-');
  });

  it('lets the page fetch nothing and be framed by nothing', () => {
    const header = parse(contentSecurityPolicy(NONCE));
    expect(allowed(header, 'connect-src')).toEqual(["'none'"]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  });
});
