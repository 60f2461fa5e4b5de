/**
 * Converts documents to PDF with LibreOffice, as an office would open them, and reads the PDFs back
 * with poppler: their text page by page. Each conversion has its own profile and folder, so test
 * files can convert at the same time; one call converts several documents in one LibreOffice start.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findOfficeTools, skipsRenderingChecks } from '../support/officeTools';

const run = promisify(execFile);

const { office, missing } = findOfficeTools();

/**
 * Locally a machine without LibreOffice skips these tests (tests/support/officeReporter.ts says so
 * at the end of the run); CI must have it (.ci/run installs it).
 */
export const skipWithoutOffice = skipsRenderingChecks(missing, Boolean(process.env.CI));

export interface Pdf {
  /** The text of each page, in order. */
  pages: string[];
  /** All pages' text as laid out (columns side by side), whitespace folded to single spaces. */
  text: string;
  /** Whether each page is wider than tall. */
  landscape: boolean[];
}

/** Converts each named .docx to PDF; the result is keyed by the same names. */
async function convertToPdf<K extends string>(documents: Record<K, Buffer>): Promise<Record<K, Pdf>> {
  if (missing.length > 0) {
    throw new Error(`${missing.join(', ')} not on PATH: install libreoffice-writer-nogui and poppler-utils (CI does so in .ci/run)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'acuerda-docs-'));
  try {
    const names = Object.keys(documents) as K[];
    const files = names.map((name) => {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, documents[name]);
      return file;
    });
    const profile = `file://${join(dir, 'profile')}`;
    await run(office!, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...files], { timeout: 90_000 });
    const out = {} as Record<K, Pdf>;
    for (const name of names) {
      const pdf = join(dir, `${name}.pdf`);
      if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${name}.docx`);
      const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 32 * 1024 * 1024 });
      const { stdout: info } = await run('pdfinfo', ['-f', '1', '-l', '9999', pdf]);
      const pages = stdout.split('\f').slice(0, Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]));
      const landscape = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map(([, w, h]) => Number(w) > Number(h));
      out[name] = { pages, text: pages.join(' ').replace(/\s+/g, ' '), landscape };
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The PDFs of some documents, converted once on first use and shared by the tests of a file. Each
 * test awaits it, so when LibreOffice is missing in CI every one of them fails with the reason.
 */
export function pdfsOf<K extends string>(documents: () => Promise<Record<K, Buffer>>): () => Promise<Record<K, Pdf>> {
  let pending: Promise<Record<K, Pdf>> | undefined;
  return () => (pending ??= documents().then(convertToPdf));
}

/** Time for the first test of a file, which waits for LibreOffice. */
export const OFFICE_TIMEOUT = 120_000;
