/**
 * Smoke tests of the CLI as a real process (`node bin/gongwen-lint.js`): the bin, exit codes,
 * standard input and worker threads. Everything else about the CLI is tested in-process
 * (runCli in test/helpers/cli.ts), which is many times faster.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED, cli, runCli, tempDir } from './helpers/cli.js';

const REPEATED = '各部门要围绕围绕中心工作，抓好落实。\n';
const CLEAN = '各部门要围绕中心工作，抓好落实。\n';
const CONFIG = JSON.stringify({ extends: [], rules: { 'no-repeated-word': 'error' } });

describe('node bin/gongwen-lint.js', () => {
  it('lints the seed report as the README shows: problems printed, exit code 1', () => {
    const run = cli([SEED]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('seed-report.txt');
    expect(run.stdout).toMatch(/5:102 +error +“围绕围绕”中的“围绕”重复，应为“围绕” +no-repeated-word/);
    expect(run.stdout).toMatch(/共 \d+ 个问题/);
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stderr).toBe('');
  });

  it('exits 2 with a one-line error for a missing file, no stack', () => {
    const run = cli(['missing.txt'], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('missing.txt');
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('lints standard input; --stdin-filename picks the format and the name', () => {
    const run = cli(['--stdin', '--stdin-filename', 'x.md', '--format', 'json'], { input: '`围绕围绕`\n\n深入深入基层。\n', cwd: tempDir() });
    const [result] = JSON.parse(run.stdout);
    expect(result.filePath).toMatch(/x\.md$/);
    expect(result.messages.map((m: { line: number; column: number }) => `${m.line}:${m.column}`)).toEqual(['3:1']);
    expect(run.code).toBe(1);
  });

  it('lints on worker threads (--concurrency) with the same results, in input order', async () => {
    const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`f${i}.txt`, i % 2 ? REPEATED : CLEAN]));
    const dir = tempDir({ '.gongwenrc.json': CONFIG, ...files });
    const two = cli(['--concurrency', '2', '--format', 'json', '.'], { cwd: dir });
    expect(two.code).toBe(1);
    expect(two.stdout).toBe((await runCli(['--concurrency', 'off', '--format', 'json', '.'], { cwd: dir })).stdout);
    expect(JSON.parse(two.stdout).map((r: { filePath: string }) => path.basename(r.filePath))).toEqual(Object.keys(files));
    expect((await runCli(['--concurrency', 'many', '.'], { cwd: dir })).code).toBe(2);
  });
});
