import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers/cli.js';

const CONFIG = JSON.stringify({ extends: [], rules: { 'no-repeated-word': 'error' } });
const REPEATED = '各部门要围绕围绕中心工作，抓好落实。\n';
const CLEAN = '各部门要围绕中心工作，抓好落实。\n';
const json = (stdout: string) => JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ line: number; actual: string }> }>;

describe('--write-baseline / --baseline', () => {
  it('records today’s problems and reports only new ones, even after lines shift', () => {
    const dir = tempDir({ '.gongwenrc.json': CONFIG, 'docs/old.txt': REPEATED });
    const written = cli(['--write-baseline', 'docs'], { cwd: dir });
    expect(written.code).toBe(0);
    expect(written.stderr).toContain('已把 1 个问题记入基线 .gongwen-baseline.json');
    const baseline = JSON.parse(readFileSync(path.join(dir, '.gongwen-baseline.json'), 'utf8'));
    expect(baseline).toEqual({ version: 1, files: { 'docs/old.txt': { 'no-repeated-word': { 围绕围绕: 1 } } } });

    writeFileSync(path.join(dir, 'docs/old.txt'), `新增的一段。\n${REPEATED}`);
    expect(cli(['docs'], { cwd: dir }).code).toBe(0);

    writeFileSync(path.join(dir, 'docs/old.txt'), `${REPEATED}各地要深入深入调研。\n${REPEATED}`);
    const run = cli(['--format', 'json', 'docs'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(json(run.stdout)[0].messages.map((m) => [m.line, m.actual])).toEqual([[2, '深入深入'], [3, '围绕围绕']]);
  });

  it('--prune-baseline drops corrected problems; a named baseline must exist', () => {
    const dir = tempDir({ '.gongwenrc.json': CONFIG, 'a.txt': REPEATED, 'b.txt': REPEATED });
    cli(['--baseline', 'base.json', '--write-baseline', '.'], { cwd: dir });
    writeFileSync(path.join(dir, 'a.txt'), CLEAN);
    expect(cli(['--baseline', 'base.json', '--prune-baseline', '.'], { cwd: dir }).code).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(path.join(dir, 'base.json'), 'utf8')).files)).toEqual(['b.txt']);
    writeFileSync(path.join(dir, 'a.txt'), REPEATED);
    expect(cli(['--baseline', 'base.json', '.'], { cwd: dir }).code).toBe(1);
    const missing = cli(['--baseline', 'nope.json', '.'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('找不到基线文件');
  });
});

describe('--cache', () => {
  it('reuses results of unchanged files and relints changed ones', () => {
    const dir = tempDir({ '.gongwenrc.json': CONFIG, 'a.txt': REPEATED, 'b.txt': CLEAN });
    const first = cli(['--cache', '--format', 'json', '.'], { cwd: dir });
    expect(existsSync(path.join(dir, '.gongwen-cache'))).toBe(true);
    const second = cli(['--cache', '--format', 'json', '.'], { cwd: dir });
    expect(second.stdout).toBe(first.stdout);
    writeFileSync(path.join(dir, 'b.txt'), REPEATED);
    const third = json(cli(['--cache', '--format', 'json', '.'], { cwd: dir }).stdout);
    expect(third.map((r) => r.messages.length)).toEqual([1, 1]);
    writeFileSync(path.join(dir, '.gongwenrc.json'), JSON.stringify({ extends: [], rules: {} }));
    const fourth = json(cli(['--cache', '--format', 'json', '.'], { cwd: dir }).stdout);
    expect(fourth.map((r) => r.messages.length)).toEqual([0, 0]);
  });
});

describe('--concurrency', () => {
  it('lints on worker threads with the same results, in input order', () => {
    const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`f${i}.txt`, i % 2 ? REPEATED : CLEAN]));
    const dir = tempDir({ '.gongwenrc.json': CONFIG, ...files });
    const off = cli(['--concurrency', 'off', '--format', 'json', '.'], { cwd: dir });
    const two = cli(['--concurrency', '2', '--format', 'json', '.'], { cwd: dir });
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(off.stdout);
    expect(json(two.stdout).map((r) => path.basename(r.filePath))).toEqual(Object.keys(files));
    expect(cli(['--concurrency', 'many', '.'], { cwd: dir }).code).toBe(2);
  });
});
