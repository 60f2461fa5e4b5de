/**
 * The programs the rendering checks of tests/documents need (LibreOffice turns a .docx into PDF,
 * poppler reads the PDF back), whether those checks run, and the one line that tells a newcomer
 * what to install when they were skipped. Pure apart from the default probes, for its tests.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface OfficeTools {
  /** The LibreOffice command found on PATH, if any. */
  office: string | undefined;
  /** The commands that are not on PATH, by the name a user would look for. */
  missing: string[];
}

export function findOfficeTools(pathVariable = process.env.PATH ?? '', exists: (file: string) => boolean = existsSync): OfficeTools {
  const dirs = pathVariable.split(delimiter).filter((dir) => dir !== '');
  const onPath = (command: string) => dirs.some((dir) => exists(join(dir, command)));
  const office = ['soffice', 'libreoffice'].find(onPath);
  const poppler = ['pdftotext', 'pdfinfo'];
  return { office, missing: [...(office ? [] : ['soffice']), ...poppler.filter((command) => !onPath(command))] };
}

/**
 * Locally, a machine without the tools skips the rendering checks and says so at the end of the
 * run; in CI every tool is required, so the checks run and fail with the reason.
 */
export const skipsRenderingChecks = (missing: readonly string[], ci: boolean): boolean => missing.length > 0 && !ci;

/**
 * The rendering checks are the tests of the suites named "… in LibreOffice" (the only ones that
 * skip without the tools): a filter such as `-t` skips other tests, which must not be counted.
 */
export const isRenderingCheck = (suiteNames: readonly string[]): boolean => suiteNames.some((name) => name.endsWith(' in LibreOffice'));

/** "LibreOffice (soffice), poppler (pdftotext, pdfinfo)": the tools a user installs, by their commands. */
function toolNames(missing: readonly string[]): string {
  const office = missing.filter((command) => command === 'soffice');
  const poppler = missing.filter((command) => command !== 'soffice');
  return [office.length > 0 ? `LibreOffice (${office.join(', ')})` : null, poppler.length > 0 ? `poppler (${poppler.join(', ')})` : null]
    .filter((name) => name !== null)
    .join(' and ');
}

/** The closing line of a run that skipped rendering checks; null when nothing was skipped. */
export function officeSkipNotice(missing: readonly string[], skipped: number): string | null {
  if (missing.length === 0 || skipped === 0) return null;
  const checks = skipped === 1 ? '1 rendering check' : `${skipped} rendering checks`;
  return (
    `${checks} in tests/documents skipped: ${toolNames(missing)} not found on PATH. ` +
    'Install them (Debian: sudo apt-get install libreoffice-writer-nogui poppler-utils; ' +
    'Windows/macOS: install LibreOffice and poppler, with soffice, pdftotext and pdfinfo on PATH) and run again.'
  );
}
