import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/helpers/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // nodejieba's dictionary is loaded once per worker; two workers match the CI machine.
    pool: 'forks',
    maxWorkers: 2,
  },
});
