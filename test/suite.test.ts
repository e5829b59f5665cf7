/**
 * The suite itself: it runs on a clone without ../shared (the project's data beside the clone),
 * because every test finds that data through test/helpers/paths.ts (SHARED, GONGWEN_SHARED,
 * describeWithShared skips with a note) and the seed report through its copy in fixtures/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/paths.js';

const testFiles = readdirSync(path.join(REPO, 'test'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && file !== path.join('helpers', 'paths.ts'));

describe('the test suite', () => {
  it('finds ../shared only through test/helpers/paths.ts', () => {
    // A path literal that starts with ../shared/, or shared as a quoted segment (path.join, path.resolve).
    const direct = testFiles.filter((file) => /['"`](\.\.\/)+shared\/|['"`]shared['"`]/.test(readFileSync(path.join(REPO, 'test', file), 'utf8')));
    expect(direct).toEqual([]);
  });
});
