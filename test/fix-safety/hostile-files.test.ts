import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { expandPatterns } from '../../src/cli/files.js';
import { readStream } from '../../src/io/read.js';
import { tempDir } from '../helpers/cli.js';
import { run } from './run-cli.js';

const REPEATED = '围绕围绕中心工作。\n';

describe('standard input has a size limit', () => {
  it('refuses a stream once it exceeds the limit, with a clear error', async () => {
    const endless = Readable.from((function* () {
      for (;;) yield Buffer.alloc(1024, 0x61);
    })());
    await expect(readStream(endless, 64 * 1024)).rejects.toThrow(/太大/);
  });
  it('the CLI passes the limit and checks it', async () => {
    const result = await run(['--stdin'], { cwd: tempDir(), stdin: Buffer.alloc(64 * 1024 * 1024 + 1, 0x61) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^gongwen-lint: .*太大/);
  });
});

describe('walking directories', () => {
  it('does not follow symlinked folders, files or cycles, and lints a file once', async () => {
    const outside = tempDir({ 'o.txt': REPEATED });
    const dir = tempDir({ 'tree/a.txt': REPEATED, 'tree/sub/b.md': REPEATED });
    symlinkSync(outside, path.join(dir, 'tree', 'outside'));
    symlinkSync('/', path.join(dir, 'tree', 'root'));
    symlinkSync('..', path.join(dir, 'tree', 'sub', 'up'));
    symlinkSync('../a.txt', path.join(dir, 'tree', 'sub', 'a-link.txt'));
    const { files } = await expandPatterns(['tree', 'tree/a.txt', 'tree/sub/a-link.txt'], dir);
    expect(files.map((f) => path.relative(dir, f))).toEqual(['tree/a.txt', 'tree/sub/b.md']);
  });

  it('walks a folder named through a link, honouring .gitignore files below it', async () => {
    const dir = tempDir({ 'real/a.txt': REPEATED, 'real/.gitignore': 'skip.txt\n', 'real/skip.txt': REPEATED, 'real/d/.gitignore': '*.txt\n!keep.txt\n', 'real/d/x.txt': REPEATED, 'real/d/keep.txt': REPEATED });
    symlinkSync('real', path.join(dir, 'named'));
    const { files } = await expandPatterns(['named'], dir);
    expect(files.map((f) => path.relative(dir, f))).toEqual(['named/a.txt', 'named/d/keep.txt']);
  });

  it('a link cycle named on the command line gets a message that says so', async () => {
    const dir = tempDir();
    symlinkSync('b.txt', path.join(dir, 'a.txt'));
    symlinkSync('a.txt', path.join(dir, 'b.txt'));
    const result = await run(['a.txt'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('gongwen-lint: a.txt: 符号链接形成循环（ELOOP），无法读取\n');
  });
});

describe('files that are not regular files', () => {
  it('a FIFO and /dev/zero are named for what they are; the other files are linted', async () => {
    const dir = tempDir({ 'ok.txt': REPEATED });
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const result = await run(['--format', 'json', 'pipe.txt', '/dev/zero', 'ok.txt'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('pipe.txt: 这是命名管道（FIFO）');
    expect(result.stderr).toContain('zero: 这是设备文件');
    expect(result.stdout).toContain('no-repeated-word');
  });
});

describe('failures around the run', () => {
  it('-o into a missing folder is a user error', async () => {
    const dir = tempDir({ 'a.txt': REPEATED });
    const result = await run(['-o', 'missing/report.txt', 'a.txt'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^gongwen-lint: .*missing\/report\.txt: 无法写入报告文件：目录不存在/);
    expect(result.stderr).not.toContain('内部错误');
  });

  it('a malformed cache entry is linted again', async () => {
    const dir = tempDir({ 'a.txt': REPEATED });
    await run(['--cache', 'a.txt'], { cwd: dir });
    const cache = JSON.parse(readFileSync(path.join(dir, '.gongwen-cache'), 'utf8'));
    for (const entry of Object.values(cache.files) as Array<{ result: unknown }>) entry.result = { messages: 'broken' };
    writeFileSync(path.join(dir, '.gongwen-cache'), JSON.stringify(cache));
    const result = await run(['--cache', '--format', 'json', 'a.txt'], { cwd: dir });
    expect(result.stdout).toContain('no-repeated-word');
    writeFileSync(path.join(dir, '.gongwen-cache'), 'null');
    expect((await run(['--cache', '--format', 'json', 'a.txt'], { cwd: dir })).stdout).toContain('no-repeated-word');
  });

  it('a cache path that is a folder: the run is linted, saving is a warning', async () => {
    const dir = tempDir({ 'a.txt': REPEATED });
    mkdirSync(path.join(dir, '.gongwen-cache'));
    const result = await run(['--cache', '--format', 'json', 'a.txt'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('no-repeated-word');
    expect(result.stderr).toMatch(/^gongwen-lint: 警告：无法保存缓存/);
  });
});
