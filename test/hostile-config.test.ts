/**
 * Config and dictionaries are read only from regular files of bounded size: a FIFO, /dev/zero
 * or a folder in their place is a one-line error, in the CLI and in the language server
 * (issue 10 item 11). Before, a FIFO hung both forever and /dev/zero grew to 16.8 GB.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { startLspSession } from '../scripts/lsp-client.js';
import { tempDir } from './helpers/cli.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const dir = tempDir({ 'a.txt': '各部门要围绕中心工作。\n', ...files });
  dirs.push(dir);
  return dir;
}

async function lint(cwd: string, args: string[] = ['a.txt']) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd,
    env: {},
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => new Uint8Array(),
    isTTY: false,
  });
  return { code, stdout, stderr };
}

const mkfifo = (file: string) => execFileSync('mkfifo', [file]);

describe('config and dictionaries that are not regular files', () => {
  it('a FIFO .gongwenrc.yaml is an error naming it, not a hang', async () => {
    const dir = workspace({});
    mkfifo(path.join(dir, '.gongwenrc.yaml'));
    const run = await lint(dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('.gongwenrc.yaml');
    expect(run.stderr).toContain('命名管道（FIFO），不是普通文件');
  });

  it('--config naming a folder or a FIFO is a one-line error', async () => {
    const dir = workspace({});
    mkdirSync(path.join(dir, 'conf.json'));
    mkfifo(path.join(dir, 'fifo.json'));
    for (const [name, kind] of [['conf.json', '目录'], ['fifo.json', '命名管道（FIFO）']]) {
      const run = await lint(dir, ['--config', name, 'a.txt']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`${name}: 无法读取配置：这是${kind}，不是普通文件`);
    }
  });

  it('a dictionary that is a FIFO, /dev/zero or a folder is refused', async () => {
    const cases: Array<[string, (file: string) => void]> = [
      ['命名管道（FIFO）', mkfifo],
      ['设备文件', (file) => symlinkSync('/dev/zero', file)],
      ['目录', (file) => mkdirSync(file)],
    ];
    for (const [kind, make] of cases) {
      const dir = workspace({ '.gongwenrc.yaml': 'dictionaries: [./dict.yml]\n' });
      make(path.join(dir, 'dict.yml'));
      const run = await lint(dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`dict.yml: 无法读取词典：这是${kind}，不是普通文件`);
    }
  });

  it('a dictionary too large to be one is refused', async () => {
    const dir = workspace({ '.gongwenrc.yaml': 'dictionaries: [./big.yml]\n' });
    writeFileSync(path.join(dir, 'big.yml'), Buffer.alloc(17 << 20, 0x20));
    const run = await lint(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/big\.yml: 无法读取词典：文件过大（17 MB，上限 16 MB）/);
  });

  it('the language server shows a FIFO config as a diagnostic and still answers shutdown', async () => {
    const dir = workspace({});
    mkfifo(path.join(dir, '.gongwenrc.yaml'));
    const server = await startLspSession(dir);
    try {
      const uri = pathToFileURL(path.join(dir, 'a.txt')).href;
      const published = server.nextDiagnostics(uri);
      await server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: '围绕围绕中心。' } });
      const { diagnostics } = await published;
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0].message).toContain('命名管道（FIFO），不是普通文件');
    } finally {
      await server.stop();
    }
  }, 30_000);
});
