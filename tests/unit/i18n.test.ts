import { describe, expect, it } from 'vitest';
import { MESSAGE_KEYS } from '../../shared/messages';
import { catalogs, mergeCatalogs } from '../../renderer/src/i18n/catalog';

const { es, en } = catalogs;

const lookup = (catalog: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), catalog);

const leaves = (node: unknown, prefix = ''): string[] =>
  node && typeof node === 'object'
    ? Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

describe('translations', () => {
  it.each([
    ['es', es],
    ['en', en],
  ])('%s has a sentence for every message the backend can send', (_lang, catalog) => {
    const missing = MESSAGE_KEYS.filter((key) => typeof lookup(catalog, key) !== 'string' || lookup(catalog, key) === '');
    expect(missing).toEqual([]);
  });

  it('Spanish and English have the same keys', () => {
    expect(leaves(en).sort()).toEqual(leaves(es).sort());
  });

  it('refuses a sentence defined in two catalogue files', () => {
    expect(() => mergeCatalogs({ a: { b: 'uno' } }, { a: { b: 'dos' } })).toThrow('a.b');
    expect(mergeCatalogs({ a: { b: 'uno' } }, { a: { c: 'dos' } })).toEqual({ a: { b: 'uno', c: 'dos' } });
  });
});
