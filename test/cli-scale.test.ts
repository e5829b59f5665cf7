import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/cli.js';

const CONFIG = JSON.stringify({ extends: [], rules: { 'no-repeated-word': 'error' } });
const REPEATED = '各部门要围绕围绕中心工作，抓好落实。\n';
const CLEAN = '各部门要围绕中心工作，抓好落实。\n';
const json = (stdout: string) => JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ line: number; actual: string }> }>;

describe('--write-baseline / --baseline', () => {
  it('records today’s problems and reports only new ones, even after lines shift', async () => {
    const dir = tempDir({ '.gongwenrc.json': CONFIG, 'docs/old.txt': REPEATED });
    const written = await runCli(['--write-baseline', 'docs'], { cwd: dir });
    expect(written.code).toBe(0);
    expect(written.stderr).toContain('已把 1 个问题记入基线 .gongwen-baseline.json');
    const baseline = JSON.parse(readFileSync(path.join(dir, '.gongwen-baseline.json'), 'utf8'));
    expect(baseline).toEqual({ version: 2, files: { 'docs/old.txt': { 'no-repeated-word': { 围绕围绕: [['各部门要', '中心工作，抓好落实。']] } } } });

    writeFileSync(path.join(dir, 'docs/old.txt'), `新增的一段。\n${REPEATED}`);
    expect((await runCli(['docs'], { cwd: dir })).code).toBe(0);

    writeFileSync(path.join(dir, 'docs/old.txt'), `${REPEATED}各地要深入深入调研。\n`);
    const run = await runCli(['--format', 'json', 'docs'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(json(run.stdout)[0].messages.map((m) => [m.line, m.actual])).toEqual([[2, '深入深入']]);
  });

  it('reports a new copy of a recorded problem, wherever it is added, and not the old one', async () => {
    const dir = tempDir({ '.gongwenrc.json': CONFIG, 'a.txt': REPEATED });
    await runCli(['--write-baseline', '.'], { cwd: dir });
    const lines = async () => json((await runCli(['--format', 'json', '.'], { cwd: dir })).stdout)[0].messages.map((m) => m.line);
    writeFileSync(path.join(dir, 'a.txt'), `各地要围绕围绕重点任务推进。\n${REPEATED}`);
    expect(await lines()).toEqual([1]);
    writeFileSync(path.join(dir, 'a.txt'), `${REPEATED}各地要围绕围绕重点任务推进。\n`);
    expect(await lines()).toEqual([2]);
    // The old problem's own sentence edited: it still takes the recorded place, in order.
    writeFileSync(path.join(dir, 'a.txt'), '各部门都要围绕围绕中心工作。\n');
    expect(await lines()).toEqual([]);
  });

  it('reads a version 1 baseline (counts only), matching in order', async () => {
    const dir = tempDir({ '.gongwenrc.json': CONFIG, 'a.txt': `${REPEATED}${REPEATED}` });
    writeFileSync(path.join(dir, '.gongwen-baseline.json'), JSON.stringify({ version: 1, files: { 'a.txt': { 'no-repeated-word': { 围绕围绕: 1 } } } }));
    expect(json((await runCli(['--format', 'json', '.'], { cwd: dir })).stdout)[0].messages.map((m) => m.line)).toEqual([2]);
  });

  it('--prune-baseline drops corrected problems and says how many; a named baseline must exist', async () => {
    const dir = tempDir({ '.gongwenrc.json': CONFIG, 'a.txt': REPEATED, 'b.txt': REPEATED });
    await runCli(['--baseline', 'base.json', '--write-baseline', '.'], { cwd: dir });
    writeFileSync(path.join(dir, 'a.txt'), CLEAN);
    const pruned = await runCli(['--baseline', 'base.json', '--prune-baseline', '.'], { cwd: dir });
    expect(pruned).toMatchObject({ code: 0, stdout: '', stderr: 'gongwen-lint: 已从基线 base.json 删去 1 个已改正的问题\n' });
    expect(Object.keys(JSON.parse(readFileSync(path.join(dir, 'base.json'), 'utf8')).files)).toEqual(['b.txt']);
    writeFileSync(path.join(dir, 'a.txt'), REPEATED);
    expect((await runCli(['--baseline', 'base.json', '.'], { cwd: dir })).code).toBe(1);
    const missing = await runCli(['--baseline', 'nope.json', '.'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('找不到基线文件');
  });
});

describe('--cache', () => {
  it('reuses results of unchanged files and relints changed ones', async () => {
    const dir = tempDir({ '.gongwenrc.json': CONFIG, 'a.txt': REPEATED, 'b.txt': CLEAN });
    const first = await runCli(['--cache', '--format', 'json', '.'], { cwd: dir });
    expect(existsSync(path.join(dir, '.gongwen-cache'))).toBe(true);
    const second = await runCli(['--cache', '--format', 'json', '.'], { cwd: dir });
    expect(second.stdout).toBe(first.stdout);
    writeFileSync(path.join(dir, 'b.txt'), REPEATED);
    const third = json((await runCli(['--cache', '--format', 'json', '.'], { cwd: dir })).stdout);
    expect(third.map((r) => r.messages.length)).toEqual([1, 1]);
    writeFileSync(path.join(dir, '.gongwenrc.json'), JSON.stringify({ extends: [], rules: {} }));
    const fourth = json((await runCli(['--cache', '--format', 'json', '.'], { cwd: dir })).stdout);
    expect(fourth.map((r) => r.messages.length)).toEqual([0, 0]);
  });
});
