import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    setupFiles: ['test/helpers/setup.ts'],
    // nodejieba's dictionary is loaded once per worker; two workers match the CI machine.
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      // The rule tests only lint strings: they share worker processes, and so the loaded
      // segmentation model and dictionaries (54 s of CPU → 13 s for test/rules/).
      { extends: true, test: { name: 'rules', include: ['test/rules/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'main', include: ['test/**/*.test.ts'], exclude: ['test/rules/**'] } },
    ],
  },
});
