/**
 * Every translation key the renderer names exists in Spanish and in English. Keys are plain
 * strings, so this is what catches a typo or a key left behind when a namespace moves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/contract';
import { catalogs } from '../../renderer/src/i18n/catalog';
import { keyUses, nestedKeyUses, unresolvedKeys } from '../support/translationKeys';

const RENDERER = 'renderer/src';
/** The contract's methods, and other names shaped like keys that are not translations. */
const NOT_KEYS = new Set<string>([...METHOD_NAMES, 'sessions.rollCall' /* a mutation key */]);

/**
 * Keys built with no fixed group, so only their callers' literals can be checked (those are, as
 * `literal` uses). Each entry is the file and the template as written; an entry that no longer
 * matches the code fails the test, so the list cannot go stale.
 */
const DYNAMIC_KEYS = [
  'app/SectionPlaceholder.tsx `${key}.points`',
  'app/SectionPlaceholder.tsx `${key}.title`',
  'app/SectionPlaceholder.tsx `${key}.body`',
  'lib/sessionOptions.ts `${prefix}.${value}`',
];

const sourceFiles = readdirSync(RENDERER, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => file.split(path.sep).join('/'))
  .sort();
const uses = sourceFiles.flatMap((file) => keyUses(file, readFileSync(path.join(RENDERER, file), 'utf8')));

describe('translation keys named in the renderer', () => {
  it('finds the keys (the scan itself works)', () => {
    expect(uses.filter((use) => use.kind === 'key').length).toBeGreaterThan(1000);
    expect(uses.filter((use) => use.kind === 'prefix').length).toBeGreaterThan(50);
  });

  it.each([
    ['es', catalogs.es],
    ['en', catalogs.en],
  ])('all exist in %s', (_language, catalog) => {
    expect(unresolvedKeys(uses, catalog, NOT_KEYS)).toEqual([]);
  });

  it.each([
    ['es', catalogs.es],
    ['en', catalogs.en],
  ])('as do the keys the %s sentences name with $t()', (_language, catalog) => {
    const nested = nestedKeyUses(catalog);
    expect(nested.length).toBeGreaterThan(0);
    expect(unresolvedKeys(nested, catalog, NOT_KEYS)).toEqual([]);
  });

  it('builds keys with no fixed group only where listed', () => {
    const dynamic = uses.filter((use) => use.kind === 'dynamic').map((use) => `${use.file} ${use.text}`);
    expect(dynamic.sort()).toEqual([...DYNAMIC_KEYS].sort());
  });

  it('reports a misspelt key, a missing group and a key handed to a helper', () => {
    const source = [
      "const a = t('common.cancel');",
      "const b = t('common.cancle');",
      "const c = t(flag ? 'common.close' : 'common.clsoe');",
      'const d = t(`common.editr.${format}`);',
      "const e = { label: 'common.saveBar.unsavd' };",
      "const f = useApiQuery('members.list', {});",
      "const g = <Trans i18nKey=\"common.yse\" />;",
    ].join('\n');
    const found = unresolvedKeys(keyUses('typo.tsx', source), catalogs.es, NOT_KEYS);
    expect(found).toEqual([
      'typo.tsx:2 common.cancle',
      'typo.tsx:3 common.clsoe',
      'typo.tsx:4 common.editr',
      'typo.tsx:5 common.saveBar.unsavd',
      'typo.tsx:7 common.yse',
    ]);
  });

  it('reports a sentence naming a missing key', () => {
    const catalog = { common: { yes: 'Sí', both: '$t(common.yes) y $t(common.noo)', kind: '$t(common.kinds.{{kind}})' } };
    expect(unresolvedKeys(nestedKeyUses(catalog), catalog, NOT_KEYS)).toEqual(['catalogue common.both:0 common.noo', 'catalogue common.kind:0 common.kinds']);
  });
});
