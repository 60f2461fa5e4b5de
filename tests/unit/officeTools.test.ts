/** When the rendering checks of tests/documents run, and what a run that skipped them says. */
import { readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOfficeTools, isRenderingCheck, officeSkipNotice, skipsRenderingChecks } from '../support/officeTools';

/** A PATH of two folders where only the named files exist. */
const machine = (...files: string[]) => {
  const present = new Set(files);
  return findOfficeTools(['/opt/bin', '/usr/bin'].join(delimiter), (file) => present.has(file));
};

describe('finding the office tools', () => {
  it('finds LibreOffice under either name and poppler in any folder of PATH', () => {
    expect(machine('/usr/bin/soffice', '/usr/bin/pdftotext', '/opt/bin/pdfinfo')).toEqual({ office: 'soffice', missing: [] });
    expect(machine('/opt/bin/libreoffice', '/usr/bin/pdftotext', '/usr/bin/pdfinfo')).toEqual({ office: 'libreoffice', missing: [] });
  });

  it('names each missing command', () => {
    expect(machine()).toEqual({ office: undefined, missing: ['soffice', 'pdftotext', 'pdfinfo'] });
    expect(machine('/usr/bin/soffice', '/usr/bin/pdfinfo').missing).toEqual(['pdftotext']);
  });

  it('ignores empty PATH entries rather than looking in the current folder', () => {
    expect(findOfficeTools(delimiter, (file) => file === 'soffice').office).toBeUndefined();
  });
});

describe('skipping the rendering checks', () => {
  it('skips them locally when a tool is missing, never in CI, where they fail with the reason', () => {
    expect(skipsRenderingChecks(['soffice'], false)).toBe(true);
    expect(skipsRenderingChecks(['soffice'], true)).toBe(false);
    expect(skipsRenderingChecks([], false)).toBe(false);
  });

  it('counts only the tests of the "… in LibreOffice" suites', () => {
    expect(isRenderingCheck(['the acta in LibreOffice'])).toBe(true);
    expect(isRenderingCheck(['a nested group', 'the plan in LibreOffice'])).toBe(true);
    expect(isRenderingCheck(['the acta'])).toBe(false);
    expect(isRenderingCheck([])).toBe(false);
  });

  it('every suite that skips without LibreOffice follows that naming', () => {
    const dir = join(__dirname, '../documents');
    const suites = readdirSync(dir)
      .filter((file) => file.endsWith('.test.ts'))
      .flatMap((file) => [...readFileSync(join(dir, file), 'utf8').matchAll(/describe\.skipIf\(skipWithoutOffice\)\(\s*'([^']*)'/g)].map((m) => m[1]!));
    expect(suites.length).toBeGreaterThan(0);
    for (const suite of suites) expect(isRenderingCheck([suite]), suite).toBe(true);
  });
});

describe('the closing line of a run that skipped them', () => {
  it('names the missing tools, how to install them and how many checks were skipped', () => {
    const notice = officeSkipNotice(['soffice', 'pdftotext', 'pdfinfo'], 21);
    expect(notice).toMatch(/^21 rendering checks in tests\/documents skipped: LibreOffice \(soffice\) and poppler \(pdftotext, pdfinfo\) not found/);
    expect(notice).toContain('sudo apt-get install libreoffice-writer-nogui poppler-utils');
    expect(notice).toContain('Windows/macOS: install LibreOffice');
    expect(notice).not.toContain('\n');
  });

  it('speaks of one check, and of poppler alone when only poppler is missing', () => {
    expect(officeSkipNotice(['pdfinfo'], 1)).toMatch(/^1 rendering check in tests\/documents skipped: poppler \(pdfinfo\) not found/);
  });

  it('says nothing when no check was skipped or every tool is there', () => {
    expect(officeSkipNotice(['soffice'], 0)).toBeNull();
    expect(officeSkipNotice([], 21)).toBeNull();
  });
});
