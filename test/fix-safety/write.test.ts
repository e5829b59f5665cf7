import { appendFileSync, chmodSync, chownSync, linkSync, lstatSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegularFile } from '../../src/io/read.js';
import { writeFileSafely } from '../../src/io/write.js';
import { tempDir } from '../helpers/cli.js';
import { run } from './run-cli.js';

const REPEATED = '局党组围绕围绕中心工作开展调研。\n';
const FIXED = '局党组围绕中心工作开展调研。\n';
const read = (dir: string, name: string) => readFileSync(path.join(dir, name), 'utf8');

describe('--fix writes the file, not what stands for it', () => {
  it('writes through a symbolic link to its target, and the link stays a link', async () => {
    const dir = tempDir({ 'target.txt': REPEATED });
    symlinkSync('target.txt', path.join(dir, 'link.txt'));
    await run(['--fix', 'link.txt'], { cwd: dir });
    expect(lstatSync(path.join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(read(dir, 'target.txt')).toBe(FIXED);
  });

  it('keeps hard links: every name sees the fixed text', async () => {
    const dir = tempDir({ 'a.txt': REPEATED });
    linkSync(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
    await run(['--fix', 'a.txt'], { cwd: dir });
    expect(read(dir, 'b.txt')).toBe(FIXED);
    expect(statSync(path.join(dir, 'a.txt')).ino).toBe(statSync(path.join(dir, 'b.txt')).ino);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('keeps mode, owner and group', async () => {
    const dir = tempDir({ 'a.txt': REPEATED });
    const file = path.join(dir, 'a.txt');
    chmodSync(file, 0o640);
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chownSync(file, 65534, 65534);
    const before = statSync(file);
    await run(['--fix', 'a.txt'], { cwd: dir });
    const after = statSync(file);
    expect(read(dir, 'a.txt')).toBe(FIXED);
    expect([after.mode, after.uid, after.gid]).toEqual([before.mode, before.uid, before.gid]);
  });

  it('refuses a read-only file with one line, and goes on with the others', async () => {
    const dir = tempDir({ 'a.txt': REPEATED, 'b.txt': REPEATED });
    chmodSync(path.join(dir, 'a.txt'), 0o444);
    const result = await run(['--fix', 'a.txt', 'b.txt'], { cwd: dir });
    expect(read(dir, 'a.txt')).toBe(REPEATED);
    expect(read(dir, 'b.txt')).toBe(FIXED);
    expect(result.stderr).toMatch(/^gongwen-lint: a\.txt: 文件是只读的/m);
    expect(result.stdout).toContain('a.txt'); // its problems are still reported
    expect(result.code).toBe(2);
  });

  it('does not replace a file that changed since it was read', () => {
    const dir = tempDir({ 'a.txt': REPEATED });
    const file = path.join(dir, 'a.txt');
    const snapshot = readRegularFile(file);
    appendFileSync(file, '会后新增的一段。\n');
    expect(() => writeFileSafely(file, Buffer.from(FIXED), snapshot)).toThrow(/修改过/);
    expect(read(dir, 'a.txt')).toBe(`${REPEATED}会后新增的一段。\n`);
  });

  it('never replaces what is not a regular file (a link to a device)', () => {
    const dir = tempDir();
    symlinkSync('/dev/null', path.join(dir, 'a.txt'));
    expect(() => writeFileSafely(path.join(dir, 'a.txt'), Buffer.from(FIXED))).toThrow(/不是普通文件/);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('removes temporary files a killed run left, and leaves none of its own', () => {
    const dir = tempDir({ 'a.txt': REPEATED });
    const stale = '.a.txt.999999999-deadbeef.gongwen.tmp';
    writeFileSync(path.join(dir, stale), 'half');
    const file = path.join(dir, 'a.txt');
    writeFileSafely(file, Buffer.from(FIXED), readRegularFile(file));
    expect(readdirSync(dir)).toEqual(['a.txt']);
    expect(read(dir, 'a.txt')).toBe(FIXED);
  });
});

describe('a signal during --fix', () => {
  it('lets the file being written finish, then stops: every file is fixed whole or untouched', async () => {
    const names = Array.from({ length: 6 }, (_, i) => `f${i}.txt`);
    const dir = tempDir(Object.fromEntries(names.map((name) => [name, REPEATED])));
    const listeners = process.listeners('SIGHUP');
    const running = run(['--fix', ...names], { cwd: dir });
    while (process.listenerCount('SIGHUP') === listeners.length) await new Promise(setImmediate);
    for (const listener of process.listeners('SIGHUP')) if (!listeners.includes(listener)) listener('SIGHUP');
    const result = await running;
    expect(result.code).toBe(130);
    expect(result.stderr).toContain('已中断（SIGHUP）');
    const contents = names.map((name) => read(dir, name));
    for (const content of contents) expect([REPEATED, FIXED]).toContain(content);
    expect(contents.at(-1)).toBe(REPEATED);
    expect(readdirSync(dir).sort()).toEqual(names);
  });
});
