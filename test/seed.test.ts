/**
 * The seed report (fixtures/seed-report.txt, a copy of ../shared/seed/report.txt: a real report with 11 known errors) under the
 * default preset: exactly its errors, each at its line and column with its correction, and
 * nothing on the corrected report (fixtures/seed-corrected.txt).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText, lintText } from '../src/api.js';
import { packageRoot } from '../src/package-root.js';
import type { LintMessage } from '../src/types.js';
import { SEED, SHARED, describeWithShared } from './helpers/paths.js';

const CORRECTED = path.join(packageRoot(), 'fixtures', 'seed-corrected.txt');
const NBSP = '\u00a0';

/** line, column (code points, 1-based), rule, flagged text, correction (fix or first suggestion). */
const EXPECTED: Array<[number, number, string, string, string]> = [
  [1, 118, 'no-redundant-merge', '荣获得', '荣获'],
  [3, 4, 'no-abnormal-whitespace', NBSP, ''],
  [4, 199, 'typo', '主体党日', '主题党日'],
  [5, 102, 'no-repeated-word', '围绕围绕', '围绕'],
  [6, 103, 'no-repeated-word', '深入深入', '深入'],
  [6, 116, 'no-redundant-merge', '倾听取', '听取'],
  [8, 33, 'de-di-de', '的', '地'],
  [10, 146, 'fixed-phrase', '未萌状态', '萌芽状态'],
  [13, 15, 'typo', '新时达', '新时代'],
  [13, 97, 'measure-word', '10科级领导干部', '10名科级领导干部'],
  [16, 124, 'no-abnormal-whitespace', ' ', ''],
];

/** The text the message's fix (or else its first suggestion) makes of the flagged text. */
function corrected(text: string, m: LintMessage): string {
  const fix = m.fix ?? m.suggestions?.[0]?.fix;
  if (!fix) return '(no fix)';
  const [start, end] = m.range;
  const [from, to] = fix.range;
  return text.slice(Math.min(start, from), from) + fix.text + text.slice(to, Math.max(end, to));
}

describe('seed report under the default preset', () => {
  it('finds exactly its 11 errors, each at its line and column with its correction', async () => {
    const text = readFileSync(SEED, 'utf8');
    const { messages } = await lintText(text, { filePath: SEED });
    const lines = text.split('\n');
    const found = messages.map((m) => [m.line, m.column, m.ruleId, text.slice(...m.range), corrected(text, m)]);
    expect(found).toEqual(EXPECTED);
    for (const [line, column, , actual] of EXPECTED) expect([...lines[line - 1]].slice(column - 1).join('').startsWith(actual)).toBe(true);
  });

  it('finds nothing in the corrected report', async () => {
    const { messages } = await lintText(readFileSync(CORRECTED, 'utf8'), { filePath: CORRECTED });
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.actual}`)).toEqual([]);
  });

  it('fixing the seed leaves nothing to report', async () => {
    const { messages } = await fixText(readFileSync(SEED, 'utf8'), { filePath: SEED });
    expect(messages).toEqual([]);
  });
});

describeWithShared('seed/report.txt', 'the seed fixture', () => {
  it('is the same text as ../shared/seed/report.txt', () => {
    expect(readFileSync(SEED, 'utf8')).toBe(readFileSync(path.join(SHARED, 'seed', 'report.txt'), 'utf8'));
  });
});
