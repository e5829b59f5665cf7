import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/io/decode.js';
import { tempDir } from '../helpers/cli.js';
import { run } from './run-cli.js';

const STRAY = Buffer.concat([Buffer.from('围绕,中心工作。'), Buffer.from([0xa0]), Buffer.from('\n')]);

describe('a UTF-8 file with a stray byte', () => {
  it('is read as UTF-8, and the message says where it is invalid', () => {
    const decoded = decode(STRAY, 'a.txt');
    expect(decoded).toMatchObject({ encoding: 'utf-8', text: '围绕,中心工作。\uFFFD\n', damaged: { count: 1, line: 1, column: 9, byte: 0xa0 } });
  });

  it('is linted with a notice, and --fix refuses to write it, naming --encoding', async () => {
    const dir = tempDir({ 'a.txt': STRAY });
    const linted = await run(['a.txt'], { cwd: dir });
    expect(linted.stderr).toContain('不是有效的 UTF-8：第 1 行第 9 列有无效字节 0xA0');
    expect(linted.stdout).toContain('punctuation-width');
    const fixed = await run(['--fix', 'a.txt'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.txt'))).toEqual(STRAY);
    expect(fixed.code).toBe(2);
    expect(fixed.stderr.trim().split('\n')).toHaveLength(1);
    expect(fixed.stderr).toContain('--encoding');
  });

  it('--encoding utf-8 says the file is not valid UTF-8 and where', () => {
    expect(() => decode(STRAY, 'a.txt', 'utf-8')).toThrow('不是有效的 UTF-8：第 1 行第 9 列有无效字节 0xA0');
  });

  it('GB18030 text is still read as GB18030 and fixed in GB18030', async () => {
    const dir = tempDir({ 'g.txt': iconv.encode('中国，围绕围绕中心。\n', 'gb18030') });
    await run(['--fix', 'g.txt'], { cwd: dir });
    expect(iconv.decode(readFileSync(path.join(dir, 'g.txt')), 'gb18030')).toBe('中国，围绕中心。\n');
  });
});

describe('--stdin --fix', () => {
  it.each([
    ['utf-8 with BOM', (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)])],
    ['gb18030', (t: string) => iconv.encode(t, 'gb18030')],
    ['utf-16le with BOM', (t: string) => iconv.encode(t, 'utf-16le', { addBOM: true })],
  ])('prints the text in the input encoding (%s), the report on stderr', async (_name, encode) => {
    const result = await run(['--stdin', '--fix'], { cwd: tempDir(), stdin: encode('围绕围绕中心。中国 中国。\n') });
    expect(result.stdoutBytes).toEqual(encode('围绕中心。中国中国。\n'));
    expect(result.stderr).toContain('no-repeated-word'); // the repetition the fix revealed
  });

  it('prints the input unchanged when there is nothing to fix, or when it may not be rewritten', async () => {
    const clean = Buffer.from('开展“最美家庭👨\u200D👩\u200D👧”评选活动。\n');
    expect((await run(['--stdin', '--fix'], { cwd: tempDir(), stdin: clean })).stdoutBytes).toEqual(clean);
    const damaged = await run(['--stdin', '--fix'], { cwd: tempDir(), stdin: STRAY });
    expect(damaged.stdoutBytes).toEqual(STRAY);
    expect(damaged.code).toBe(2);
  });
});
