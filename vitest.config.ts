import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    setupFiles: ['test/helpers/setup.ts'],
    // Two worker processes match the CI machine. Test files share them without isolation: the
    // segmentation model, dictionaries and modules load once per worker instead of once per file.
    pool: 'forks',
    maxWorkers: 2,
    isolate: false,
  },
});
