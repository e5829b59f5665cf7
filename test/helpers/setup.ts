// Runs in every test file (vitest.config.ts setupFiles): no temporary folder outlives its file.
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.js';

afterAll(removeTempDirs);
