import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    setupFiles: ['test/setup/no-console.ts'],
    pool: 'forks',
    reporters: ['default', './test/setup/summary-reporter.ts'],
  },
});
