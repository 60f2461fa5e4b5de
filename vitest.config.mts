import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/{unit,backend,documents,electron}/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20000,
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
