import { defineConfig } from 'vitest/config';

const OFFICE_REPORTER = './tests/support/officeReporter.ts';

export default defineConfig({
  test: {
    include: ['tests/{unit,backend,documents,electron}/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20000,
    // The office reporter comes after the default one, so its line about skipped checks ends the run.
    reporters: process.env.CI
      ? ['default', OFFICE_REPORTER, ['json', { outputFile: 'test-results/vitest.json' }]]
      : ['default', OFFICE_REPORTER],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
