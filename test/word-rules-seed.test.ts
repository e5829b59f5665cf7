/**
 * The word-level dictionary rules on the seed report: exactly its three word errors, each
 * with the right fix, and nothing on the corrected version.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFromObject } from '../src/config/load.js';
import { lintSource } from '../src/engine/lint.js';
import { packageRoot } from '../src/package-root.js';
import { SEED } from './helpers/paths.js';

const RULES = ['typo', 'typo-candidate', 'fixed-phrase', 'official-term', 'no-banned-term'];
const CORRECTED = path.join(packageRoot(), 'fixtures', 'seed-corrected.txt');

async function lint(file: string) {
  const config = await configFromObject({ extends: [], rules: Object.fromEntries(RULES.map((id) => [id, 'error'])) });
  return (await lintSource(readFileSync(file, 'utf8'), { config, filePath: file })).messages;
}

describe('word-level rules on the seed report', () => {
  it('find 主体党日, 未萌状态 and 新时达 with their fixes', async () => {
    const found = (await lint(SEED)).map((m) => `${m.line} ${m.ruleId} ${m.actual}→${m.expected}`);
    expect(found).toEqual(['4 typo 主体党日→主题党日', '10 fixed-phrase 未萌状态→萌芽状态', '13 typo 新时达→新时代']);
  });

  it('find nothing in the corrected report', async () => {
    expect((await lint(CORRECTED)).map((m) => `${m.line} ${m.ruleId} ${m.actual}`)).toEqual([]);
  });
});
