import { execFileSync } from 'node:child_process';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { fixText, lintFiles, lintText, remarkGongwen, toVFile } from '../src/api.js';
import { REPO, tempDir } from './helpers/cli.js';

const config = { extends: [], rules: { 'no-repeated-word': 'error' as const, 'no-abnormal-whitespace': 'warn' as const } };

describe('library API', () => {
  it('lintText returns ESLint-like messages with ruleId, url, actual and expected', async () => {
    const result = await lintText('我们围绕围绕中心工作。', { config });
    expect(result.errorCount).toBe(1);
    expect(result.messages[0]).toMatchObject({
      ruleId: 'no-repeated-word',
      severity: 'error',
      line: 1,
      column: 3,
      actual: '围绕围绕',
      expected: '围绕',
      fix: { range: [4, 6], text: '' },
    });
    expect(result.messages[0].url).toMatch(/no-repeated-word/);
  });

  it('results convert to vfile messages (fatal true/false/undefined by severity)', async () => {
    const file = toVFile(await lintText('我们围绕围绕中心\u00A0工作。', { config }));
    expect(file.messages.map((m) => [m.ruleId, m.source, m.fatal, m.actual, m.expected])).toEqual([
      ['no-repeated-word', 'gongwen-lint', true, '围绕围绕', ['围绕']],
      ['no-abnormal-whitespace', 'gongwen-lint', false, '\u00A0', ['']],
    ]);
  });

  it('fixText applies fixes until stable', async () => {
    const { output, messages } = await fixText('我们围绕围绕围绕中心\u00A0工作。', { config });
    expect(output).toBe('我们围绕中心工作。');
    expect(messages).toEqual([]);
  });

  it('lintFiles lints files, directories and globs with each file’s config', async () => {
    const dir = tempDir({ 'a.txt': '围绕围绕。\n', 'sub/b.md': '# 深入深入\n', 'sub/.gongwenrc.json': '{"rules":{"no-repeated-word":"off"}}' });
    const results = await lintFiles(['.'], { cwd: dir });
    expect(results.map((r) => [path.relative(dir, r.filePath), r.errorCount])).toEqual([
      ['a.txt', 1],
      ['sub/b.md', 0],
    ]);
  });

  it('the remark plugin lints the tree of any unified pipeline', async () => {
    const file = new VFile({ path: 'x.md', value: '# 标题\n\n围绕围绕中心，`深入深入`。\n' });
    const processor = unified().use(remarkParse).use(remarkGongwen, { config });
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['3:1 no-repeated-word']);
  });
});

describe('nodejieba is loaded lazily', () => {
  const probe = (rules: Record<string, string>) =>
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { lintText } = await import(${JSON.stringify(path.join(REPO, 'dist/src/api.js'))});
         const jieba = await import(${JSON.stringify(path.join(REPO, 'dist/src/nlp/jieba.js'))});
         await lintText('围绕围绕中心 工作。', { config: { extends: [], rules: ${JSON.stringify(rules)} } });
         process.stdout.write(String(jieba.isLoaded()));`,
      ],
      { encoding: 'utf8' },
    );

  it('not at all when no enabled rule needs tokens', () => {
    expect(probe({ 'no-abnormal-whitespace': 'error' })).toBe('false');
  });

  it('once a rule that needs tokens is enabled', () => {
    expect(probe({ 'no-repeated-word': 'error' })).toBe('true');
  });
});
