import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { alignRows, stylish } from '../../src/reporters/stylish.js';
import type { LintMessage, LintResult } from '../../src/types.js';

const message = (over: Partial<LintMessage>): LintMessage => ({
  ruleId: 'no-repeated-word',
  severity: 'error',
  message: '“围绕围绕”中的“围绕”重复，应为“围绕”',
  messageId: 'repeated',
  line: 5,
  column: 102,
  endLine: 5,
  endColumn: 106,
  range: [0, 4],
  actual: '围绕围绕',
  url: '',
  category: 'word',
  ...over,
});

const result = (messages: LintMessage[]): LintResult => ({
  filePath: '/work/报告.txt',
  messages,
  errorCount: messages.filter((m) => m.severity === 'error').length,
  warningCount: messages.filter((m) => m.severity === 'warn').length,
  infoCount: 0,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
  source: '',
});

describe('stylish reporter', () => {
  it('aligns columns by terminal cells (a Han character is two cells)', () => {
    const rows = alignRows([
      ['1:1', '汉字说明', 'rule-a'],
      ['10:12', 'ascii message', 'rule-b'],
    ]);
    const ruleColumn = rows.map((row) => stringWidth(row.slice(0, row.indexOf('rule-'))));
    expect(ruleColumn[0]).toBe(ruleColumn[1]);
  });

  it('prints the file, a row per problem and a summary with the fixable count', () => {
    const text = stylish(
      [result([message({ fix: { range: [2, 4], text: '' } }), message({ severity: 'warn', line: 6, column: 1, message: '汉字之间不应有空格，应删除', ruleId: 'no-abnormal-whitespace' })])],
      { color: false, cwd: '/work' },
    );
    expect(text).toContain('报告.txt');
    expect(text).toMatch(/5:102 +error +“围绕围绕”中的“围绕”重复，应为“围绕” +no-repeated-word/);
    expect(text).toMatch(/6:1 +warning +汉字之间不应有空格，应删除 +no-abnormal-whitespace/);
    expect(text).toContain('共 2 个问题（1 个错误，1 个警告）');
    expect(text).toContain('其中 1 个可以用 `--fix` 自动修复');
  });

  it('prints nothing when there are no problems', () => {
    expect(stylish([result([])], { color: false, cwd: '/' })).toBe('');
  });
});
