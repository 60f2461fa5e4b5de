// Sums Vitest's and Playwright's JSON reports into the one line CI reads: "N passed, N failed, N skipped".
// Exits non-zero when a test failed or when no test ran at all.
import fs from 'node:fs';

const [vitestFile, playwrightFile] = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    console.log(`(no report at ${file})`);
    return null;
  }
}

const vitest = read(vitestFile);
if (vitest) {
  totals.passed += vitest.numPassedTests ?? 0;
  totals.failed += vitest.numFailedTests ?? 0;
  totals.skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
}

const playwright = read(playwrightFile);
if (playwright?.stats) {
  totals.passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
  totals.failed += playwright.stats.unexpected ?? 0;
  totals.skipped += playwright.stats.skipped ?? 0;
}

console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
