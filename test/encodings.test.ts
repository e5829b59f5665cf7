import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED, runCli, tempDir } from './helpers/cli.js';

const json = async (args: string[], cwd: string) => {
  const run = await runCli([...args, '--format', 'json'], { cwd });
  return { ...run, results: run.stdout ? (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number }> }>) : [] };
};
const findings = (result: { messages: Array<{ ruleId: string; line: number; column: number }> }) =>
  result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);

describe('encodings through the CLI', () => {
  const seed = readFileSync(SEED, 'utf8');
  let expected: string[];
  beforeAll(async () => {
    expected = findings((await json([SEED], tempDir())).results[0]!);
  });

  it.each([
    ['gb18030', iconv.encode(seed, 'gb18030')],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed)])],
    ['utf-16le with BOM', iconv.encode(seed, 'utf-16le', { addBOM: true })],
    ['utf-16be with BOM', iconv.encode(seed, 'utf-16be', { addBOM: true })],
  ])('the seed report in %s gives the same findings at the same positions', async (_name, bytes) => {
    expect(expected.length).toBeGreaterThan(5);
    const dir = tempDir({ 'report.txt': bytes });
    expect(findings((await json(['report.txt'], dir)).results[0]!)).toEqual(expected);
  });

  it('--encoding overrides detection', async () => {
    const dir = tempDir({ 'a.txt': iconv.encode('围绕围绕中心工作。\n', 'gb18030') });
    const run = await runCli(['a.txt', '--encoding', 'utf-8'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/utf-8/i);
    expect((await runCli(['a.txt', '--encoding', 'gb18030', '--format', 'json'], { cwd: dir })).stdout).toContain('no-repeated-word');
  });

  it('binary, empty, unreadable files and directories: one clear line each, the others still linted', async () => {
    const dir = tempDir({ 'bin.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14]), 'empty.txt': '', 'locked.txt': '围绕。\n', 'ok.txt': '围绕围绕中心工作。\n' });
    chmodSync(path.join(dir, 'locked.txt'), 0);
    mkdirSync(path.join(dir, 'folder.txt'));
    const run = await json(['bin.txt', 'empty.txt', 'locked.txt', 'ok.txt'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    expect(run.stderr).toContain('bin.txt');
    const rootCanRead = process.getuid?.() === 0;
    if (!rootCanRead) expect(run.stderr).toContain('locked.txt');
    expect(run.stdout).toContain('no-repeated-word');
    const folder = await runCli(['folder.txt/'], { cwd: dir });
    expect(folder.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
