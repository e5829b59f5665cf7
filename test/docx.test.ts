import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile } from '../src/api.js';
import { configFromObject } from '../src/config/load.js';
import { SEED, runCli, tempDir } from './helpers/cli.js';
import { makeDocx } from './helpers/docx.js';

const seed = readFileSync(SEED, 'utf8');

describe('Word documents (.docx)', () => {
  it('the seed report as .docx gives the seed findings, line = paragraph', async () => {
    const config = await configFromObject({ extends: 'recommended' });
    const dir = tempDir({ 'report.docx': await makeDocx(seed) });
    const fromText = await lintFile(SEED, config);
    const fromWord = await lintFile(path.join(dir, 'report.docx'), config);
    const where = (m: { ruleId: string; line: number; column: number; endColumn: number }) => `${m.line}:${m.column}-${m.endColumn} ${m.ruleId}`;
    expect(fromText.messages).toHaveLength(11);
    expect(fromWord.messages.map(where)).toEqual(fromText.messages.map(where));
  });

  it('is found in directories, and a broken one is a one-line error', async () => {
    const docx = await makeDocx('各单位围绕围绕中心工作。');
    const dir = tempDir({ '报告/述职报告.docx': docx, '报告/损坏.docx': 'not a zip' });
    const run = await runCli(['报告'], { cwd: dir });
    expect(run.stdout).toContain('no-repeated-word');
    expect(run.stderr).toMatch(/损坏\.docx: 无法读取 Word 文档：不是有效的 \.docx 文件[^\n]*\n/);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(run.code).toBe(2);
  });
});
