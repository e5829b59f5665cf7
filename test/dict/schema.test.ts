/**
 * Dictionary entries are checked against their kind's schema (issue 13 item 17) and their
 * `unless` patterns are compiled at load and run in linear time (issue 10 item 12).
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { configFromObject } from '../../src/config/load.js';
import { DICTIONARY_KINDS, validateDictionaryFile } from '../../src/dict/load.js';
import { patternMatches } from '../../src/dict/patterns.js';
import { ENTRY_FIELDS, entryProblem } from '../../src/dict/schema.js';
import { UserError } from '../../src/errors.js';
import { tempDir } from '../helpers/cli.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
/** Writes a user dictionary and returns its path. */
function dictionary(yaml: string): string {
  const file = path.join(dir, `dict-${++count}.yml`);
  writeFileSync(file, yaml);
  return file;
}

const TYPO = 'kind: typos\nentries:\n  - { wrong: 布署, right: 部署, note: 现汉, examples: [{ from: 安排布署, to: 安排部署 }]';

/** The one-line error a dictionary gives, or undefined when it loads. */
function loadError(file: string): string | undefined {
  try {
    validateDictionaryFile(file);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).format();
  }
}

describe('dictionary schemas', () => {
  it('every kind has one', () => {
    expect(Object.keys(ENTRY_FIELDS).sort()).toEqual(Object.keys(DICTIONARY_KINDS).sort());
  });

  it('accepts a valid entry of every field type', () => {
    const file = dictionary(`${TYPO}, allows: [布署图], unless: 布署图|图纸, boundary: true, certain: true, validFrom: 2002, validUntil: "2030-01-01" }\n`);
    expect(loadError(file)).toBeUndefined();
  });

  it('rejects a misspelt key, naming the file, the entry and the keys it may have', () => {
    const file = dictionary(`${TYPO}, bondary: true }\n`);
    expect(loadError(file)).toBe(`${file}: 第 1 条：「布署」未知字段 bondary（可用：wrong、right、note、examples、allows、unless、boundary、certain、validFrom、validUntil）`);
  });

  it('checks types', () => {
    expect(loadError(dictionary(`${TYPO}, boundary: "yes" }\n`))).toContain('「布署」boundary 应为true 或 false，得到 "yes"');
    expect(loadError(dictionary(`${TYPO}, validFrom: 二〇〇二 }\n`))).toContain('validFrom 应为年份');
    expect(loadError(dictionary(`${TYPO}, allows: [1, 2] }\n`))).toContain('allows 应为文字或文字列表');
    expect(loadError(dictionary('kind: typos\nentries:\n  - { wrong: 布署, right: 部署, note: 现汉, examples: [{ from: 安排布署 }] }\n'))).toContain(
      'examples 应为例句列表',
    );
    expect(loadError(dictionary('kind: measure-words\nentries:\n  - { word: 干部, examples: [10名干部] }\n'))).toContain('第 1 条：「干部」缺少 classifier');
    expect(loadError(dictionary('kind: typos\nentries:\n  - [布署, 部署]\n'))).toContain('第 1 条：应为一个对象');
    expect(loadError(dictionary('kind: typos\nentry: []\nentries: []\n'))).toContain('未知的顶层字段 entry');
  });

  it('word kinds have their own fields', () => {
    expect(entryProblem('official-sets', { word: '四个自信', items: ['道路自信'], examples: ['四个自信'], validUntil: 2030 })).toBeUndefined();
    expect(entryProblem('reduplications', { word: '研究', examples: ['研究研究'], classifier: '个' })).toMatch(/^未知字段 classifier/);
  });
});

describe('unless patterns', () => {
  it('a pattern that does not compile is a load error naming the file and the entry', () => {
    const file = dictionary(`${TYPO}, unless: "(布署" }\n`);
    expect(loadError(file)).toMatch(new RegExp(`^${file}: 第 1 条：「布署」unless 正则表达式 "\\(布署" 无效（RE2 语法.*missing closing \\)`));
    expect(loadError(dictionary(`${TYPO}, unless: "(?<=图)布署" }\n`))).toContain('unless 正则表达式');
  });

  it('runs in linear time: a nested quantifier that backtracks exponentially in JavaScript answers at once', () => {
    expect(patternMatches('^([^x]+)+x', 'a'.repeat(5000))).toBe(false);
    expect(patternMatches('^([^x]+)+x', `${'a'.repeat(5000)}x`)).toBe(true);
  });

  it('drops a match whose sentence it matches, as before', async () => {
    const file = dictionary('kind: typos\nentries:\n  - { wrong: 厘订, right: 厘定, note: 测试, unless: 厘订.*草图, examples: [{ from: 厘订标准, to: 厘定标准 }] }\n');
    const config = await configFromObject({ extends: [], rules: { typo: 'error' }, dictionaries: [file] });
    const found = async (text: string) => (await lintText(text, { config })).messages.map((m) => m.actual);
    expect(await found('统一厘订标准。')).toEqual(['厘订']);
    expect(await found('按厘订的草图施工。')).toEqual([]);
  });
});
