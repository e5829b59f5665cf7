import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/api.js';
import { fixUntilStable } from '../../src/engine/fixer.js';
import type { LintMessage } from '../../src/types.js';
import { tempDir } from '../helpers/cli.js';
import { run } from './run-cli.js';

const EVERY_DEFAULT = {};

describe('--fix changes only what the user was shown', () => {
  it('does not delete a word that only became a repetition because a space was removed', async () => {
    const text = '序号 单位 单位性质 联系人\n会议由市长 市长助理主持。\n';
    const dir = tempDir({ 't.txt': text });
    const shown = await run(['--format', 'json', 't.txt'], { cwd: dir });
    const messages = JSON.parse(shown.stdout)[0].messages;
    // The column layout of the first line is not reported; the stray space of the second is.
    expect(messages.map((m: { line: number; ruleId: string }) => `${m.line}:${m.ruleId}`)).toEqual(['2:no-abnormal-whitespace']);

    await run(['--fix', 't.txt'], { cwd: dir });
    expect(readFileSync(path.join(dir, 't.txt'), 'utf8')).toBe('序号 单位 单位性质 联系人\n会议由市长市长助理主持。\n');
  });

  it('reports the repetition a fix revealed instead of applying it', async () => {
    const result = await fixText('中国 中国。\n', { config: EVERY_DEFAULT });
    expect(result.output).toBe('中国中国。\n');
    expect(result.messages.map((m) => m.ruleId)).toContain('no-repeated-word');
  });

  it('still applies a reported fix that had to wait for a touching one, and nothing new', async () => {
    // A toy rule: a → A, b → B, and AB → X (a problem that only the other fixes make).
    const lint = async (text: string) =>
      [...text.matchAll(/a|b|AB/g)].map((m) => ({
        ruleId: 'toy',
        fix: { range: [m.index, m.index + m[0].length], text: m[0] === 'AB' ? 'X' : m[0].toUpperCase() },
      })) as unknown as LintMessage[];
    // Pass one: a → A (b touches it and waits); pass two: b is reported again at its place → B; AB → X never.
    expect(await fixUntilStable('xabx', lint)).toEqual({ output: 'xABx', passes: 2 });
  });
});

describe('Markdown fixes that empty an inline node', () => {
  const strict = { extends: ['strict'] };
  it.each([
    ['围绕**围绕**中心工作。', '围绕中心工作。'],
    ['围绕***围绕***中心工作。', '围绕中心工作。'],
    ['“十个明确”**、**“十四个坚持”是重要内容。', '“十个明确”“十四个坚持”是重要内容。'],
  ])('%s → %s (the markup goes with the text)', async (text, output) => {
    expect((await fixText(text, { filePath: 'a.md', config: strict })).output).toBe(output);
  });

  it('a link whose text would be emptied is only a suggestion: its URL is not the problem shown', async () => {
    const text = '围绕[围绕](https://x.cn)中心工作。';
    const result = await fixText(text, { filePath: 'a.md', config: strict });
    expect(result.output).toBe(text);
    const repeated = result.messages.find((m) => m.ruleId === 'no-repeated-word')!;
    expect(repeated.fix).toBeUndefined();
    expect(repeated.suggestions?.[0].fix).toEqual({ range: [2, 20], text: '' });
  });
});

describe('emoji', () => {
  it('keeps the zero-width joiners of an emoji sequence', async () => {
    const text = '开展“最美家庭👨\u200D👩\u200D👧”评选活动。\n';
    const result = await fixText(text, { config: EVERY_DEFAULT });
    expect(result.output).toBe(text);
    expect(result.messages).toEqual([]);
  });
});
