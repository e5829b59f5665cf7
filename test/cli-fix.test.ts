import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/cli.js';

const REPEATED = '局党组班子成员围绕围绕党中央明确的调研重点开展调研。';
const FIXED = '局党组班子成员围绕党中央明确的调研重点开展调研。';
const ONLY_REPEATED = JSON.stringify({ extends: [], rules: { 'no-repeated-word': 'error' } });

describe('--fix', () => {
  it('keeps BOM, CRLF and GB18030 and leaves no temporary file', async () => {
    const crlf = `\ufeff${REPEATED}\r\n第二行。\r\n`;
    const dir = tempDir({ 'a.txt': crlf, 'g.txt': iconv.encode(`${REPEATED}\n`, 'gb18030'), '.gongwenrc.json': ONLY_REPEATED });
    expect((await runCli(['a.txt', 'g.txt', '--fix'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(`\ufeff${FIXED}\r\n第二行。\r\n`);
    expect(iconv.decode(readFileSync(path.join(dir, 'g.txt')), 'gb18030')).toBe(`${FIXED}\n`);
    expect(readdirSync(dir).sort()).toEqual(['.gongwenrc.json', 'a.txt', 'g.txt']);
  });

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const dir = tempDir({ 'a.txt': `${REPEATED}\n`, '.gongwenrc.json': ONLY_REPEATED });
    const run = await runCli(['a.txt', '--fix-dry-run'], { cwd: dir });
    expect(run.stdout).toContain(`-${REPEATED}`);
    expect(run.stdout).toContain(`+${FIXED}`);
    expect(run.stdout).toContain('--- a.txt');
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(`${REPEATED}\n`);
  });

  it('--fix-type limits fixes to the categories given and rejects unknown ones', async () => {
    const dir = tempDir({ 'a.txt': `${REPEATED}\n`, '.gongwenrc.json': ONLY_REPEATED });
    await runCli(['a.txt', '--fix', '--fix-type', 'punctuation,number'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(`${REPEATED}\n`);
    await runCli(['a.txt', '--fix', '--fix-type', 'word'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(`${FIXED}\n`);
    const bad = await runCli(['a.txt', '--fix', '--fix-type', 'word,spelling'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('spelling');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect((await runCli(['a.txt', '--fix-type', 'word'], { cwd: dir })).code).toBe(2);
  });

  it('a file that cannot be decoded is reported and the others are still fixed', async () => {
    const dir = tempDir({ 'bin.txt': Buffer.from([0, 1, 2, 0xff]), 'a.txt': `${REPEATED}\n`, '.gongwenrc.json': ONLY_REPEATED });
    const run = await runCli(['bin.txt', 'a.txt', '--fix'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bin.txt');
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(`${FIXED}\n`);
  });
});
