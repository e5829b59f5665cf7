import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { SEED, runCli, tempDir } from './helpers/cli.js';

const REPEATED = '局党组班子成员围绕围绕党中央明确的调研重点开展调研。\n';
const CLEAN = '局党组班子成员围绕党中央明确的调研重点开展调研。\n';
const ONLY_REPEATED = JSON.stringify({ extends: [], rules: { 'no-repeated-word': 'error' } });

describe('exit codes', () => {
  it('0 and no output for a clean file', async () => {
    const dir = tempDir({ 'a.txt': CLEAN });
    expect(await runCli(['a.txt'], { cwd: dir })).toMatchObject({ code: 0, stdout: '' });
  });

  it('2 with a one-line error for a missing file, no stack', async () => {
    const run = await runCli(['missing.txt'], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('missing.txt');
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('2 for an unknown option or format', async () => {
    expect((await runCli(['--nope', 'a.txt'])).code).toBe(2);
    const run = await runCli(['--format', 'xml', SEED]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('stylish');
  });

  it('warnings alone exit 0, unless more than --max-warnings', async () => {
    const dir = tempDir({ 'a.txt': REPEATED, '.gongwenrc.json': JSON.stringify({ rules: { 'no-repeated-word': 'warn' } }) });
    expect((await runCli(['a.txt'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['a.txt', '--max-warnings', '0'], { cwd: dir })).code).toBe(1);
    expect((await runCli(['a.txt', '--max-warnings', '1'], { cwd: dir })).code).toBe(0);
  });

  it('info never fails a run', async () => {
    const dir = tempDir({ 'a.txt': REPEATED, '.gongwenrc.json': JSON.stringify({ rules: { 'no-repeated-word': 'info' } }) });
    const run = await runCli(['a.txt', '--max-warnings', '0'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('info');
  });
});

describe('files, directories, globs', () => {
  const files = {
    '.gitignore': 'ignored/\n',
    'reports/a.txt': REPEATED,
    'reports/b.md': `# 报告\n\n${REPEATED}`,
    'reports/c.doc': 'not text',
    'reports/skip/d.txt': REPEATED,
    'ignored/e.txt': REPEATED,
  };

  it('walks directories for .txt and .md, honouring .gitignore and --ignore-pattern', async () => {
    const dir = tempDir(files);
    const run = await runCli(['.', '--format', 'json', '--ignore-pattern', 'reports/skip/**'], { cwd: dir });
    const linted = JSON.parse(run.stdout).map((r: { filePath: string }) => path.relative(dir, r.filePath));
    expect(linted).toEqual(['reports/a.txt', 'reports/b.md']);
  });

  it('walks a directory outside the working directory', async () => {
    const dir = tempDir(files);
    const run = await runCli([path.join(dir, 'reports'), '--format', 'json'], { cwd: tempDir() });
    expect(JSON.parse(run.stdout).map((r: { filePath: string }) => path.relative(dir, r.filePath))).toEqual([
      'reports/a.txt',
      'reports/b.md',
      'reports/skip/d.txt',
    ]);
  });

  it('takes globs', async () => {
    const dir = tempDir(files);
    const run = await runCli(['reports/*.md', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(run.stdout).map((r: { filePath: string }) => path.basename(r.filePath))).toEqual(['b.md']);
  });

  it('takes globs outside the working directory, relative or absolute', async () => {
    const dir = tempDir({ ...files, 'work/.keep': '' });
    const cwd = path.join(dir, 'work');
    for (const glob of ['../reports/*.txt', path.join(dir, 'reports', '*.txt'), '../reports/**/*.txt']) {
      const run = await runCli([glob, '--format', 'json'], { cwd });
      expect(run.stderr, glob).toBe('');
      expect(JSON.parse(run.stdout).map((r: { filePath: string }) => path.relative(dir, r.filePath)), glob).toEqual(
        glob.includes('**') ? ['reports/a.txt', 'reports/skip/d.txt'] : ['reports/a.txt'],
      );
    }
  });

  it('a folder with no file to lint, or a glob matching none, exits 2 and says so, unless --no-error-on-unmatched-pattern', async () => {
    const dir = tempDir({ 'empty/.keep': '', 'word/old.doc': 'not text', 'a.txt': CLEAN });
    for (const target of ['empty', 'word', '*.md']) {
      const run = await runCli([target], { cwd: dir });
      expect(run.code, target).toBe(2);
      expect(run.stderr, target).toMatch(new RegExp(`^gongwen-lint: ${target.replace('*', '\\*')}: (目录中没有可检查的|没有与该模式匹配的) \\.txt、\\.md 或 \\.docx 文件\n$`));
      expect(await runCli([target, 'a.txt', '--no-error-on-unmatched-pattern'], { cwd: dir }), target).toMatchObject({ code: 0, stderr: '' });
    }
  });

  it('skips an explicitly named unsupported file with a note', async () => {
    const dir = tempDir(files);
    const run = await runCli(['reports/c.doc', 'reports/a.txt'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('c.doc: 不支持的文件类型，已跳过（支持 .txt、.md、.docx；.doc、.wps 请另存为 .docx）');
  });
});

describe('--stdin --fix', () => {
  it('prints the fixed text alone on standard output and the report on standard error', async () => {
    const dir = tempDir({ '.gongwenrc.json': JSON.stringify({ extends: [], rules: { 'no-repeated-word': 'error', 'date-validity': 'error' } }) });
    const run = await runCli(['--stdin', '--fix', '--stdin-filename', 'a.txt'], { cwd: dir, input: `${REPEATED}会议于2023年2月30日召开。\n` });
    expect(run.stdout).toBe(`${CLEAN}会议于2023年2月30日召开。\n`);
    expect(run.stderr).toContain('date-validity');
    expect(run.code).toBe(1);
  });
});

describe('--help', () => {
  it('aligns the descriptions, names .docx and every exit code', async () => {
    const { stdout, code } = await runCli(['--help']);
    expect(code).toBe(0);
    const rows = stdout.split('\n').filter((line) => /^ +-/.test(line));
    expect(rows.length).toBeGreaterThan(20);
    // The description starts at the same terminal column on every row (值 is two columns wide).
    const columns = rows.map((row) => stringWidth(/^.*?\S {2,}(?=\S)/u.exec(row)![0]));
    expect(new Set(columns).size).toBe(1);
    expect(stdout).toContain('.docx');
    expect(stdout).toMatch(/退出码：.*2 [^\n]*文件无法读取/);
  });

  it('says what is wrong with an option in Chinese only', async () => {
    for (const [args, message] of [
      [['--nope'], '未知的选项 --nope'],
      [['--format'], '选项 --format 需要一个值'],
      [['--fix=yes', 'a.txt'], '选项 --fix 不接受值'],
    ] as const) {
      const run = await runCli([...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`gongwen-lint: ${message}（用 --help 查看用法）\n`);
    }
  });
});

describe('--format json', () => {
  it('is ESLint-compatible, with UTF-16 ranges into the file text', async () => {
    const run = await runCli([SEED, '--format', 'json']);
    const results = JSON.parse(run.stdout);
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['filePath', 'messages', 'errorCount', 'warningCount']));
    const text = readFileSync(SEED, 'utf8');
    for (const m of result.messages) {
      expect(Object.keys(m)).toEqual(expect.arrayContaining(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']));
      expect([0, 1, 2]).toContain(m.severity);
      if (m.fix) expect(m.fix.range[0]).toBeLessThanOrEqual(m.fix.range[1]);
      expect(text.slice(...(m.fix?.range ?? [0, 0])).length).toBeGreaterThanOrEqual(0);
    }
    const repeated = result.messages.find((m: { ruleId: string }) => m.ruleId === 'no-repeated-word');
    expect(text.slice(repeated.fix.range[0] - 2, repeated.fix.range[1])).toBe('围绕围绕');
  });
});

describe('colour', () => {
  it('--color forces colour; --no-color and NO_COLOR turn it off', async () => {
    expect((await runCli([SEED, '--color'])).stdout).toContain('\u001b[');
    expect((await runCli([SEED, '--color', '--no-color'])).stdout).not.toContain('\u001b[');
    expect((await runCli([SEED], { env: { NO_COLOR: '1', FORCE_COLOR: undefined } })).stdout).not.toContain('\u001b[');
  });
});

describe('config', () => {
  it('is found upward from each file: .gongwenrc.json, .gongwenrc.yaml, package.json#gongwen', async () => {
    const dir = tempDir({
      'json/.gongwenrc.json': JSON.stringify({ rules: { 'no-repeated-word': 'off' } }),
      'json/a.txt': REPEATED,
      'yaml/.gongwenrc.yaml': 'rules:\n  no-repeated-word: warn\n',
      'yaml/deep/a.txt': REPEATED,
      'pkg/package.json': JSON.stringify({ name: 'x', gongwen: { rules: { 'no-repeated-word': 'info' } } }),
      'pkg/a.txt': REPEATED,
    });
    const run = await runCli(['.', '--format', 'json'], { cwd: dir });
    const severities = Object.fromEntries(
      JSON.parse(run.stdout).map((r: { filePath: string; messages: Array<{ severity: number }> }) => [
        path.relative(dir, r.filePath),
        r.messages.map((m) => m.severity),
      ]),
    );
    expect(severities).toEqual({ 'json/a.txt': [], 'pkg/a.txt': [0], 'yaml/deep/a.txt': [1] });
  });

  it.each([
    ['broken JSON', { '.gongwenrc.json': '{ "rules": ' }, /\.gongwenrc\.json: 不是合法的 JSON/],
    ['broken YAML', { '.gongwenrc.yaml': 'rules: [\n' }, /\.gongwenrc\.yaml: 不是合法的 YAML/],
    ['unknown key', { '.gongwenrc.json': '{"rule": {}}' }, /未知的配置项 "rule"，可用：extends, rules/],
    ['unknown rule', { '.gongwenrc.json': '{"rules": {"no-such-rule": "error"}}' }, /规则 "no-such-rule" 不存在，可用：.*no-repeated-word/],
    ['bad level', { '.gongwenrc.json': '{"rules": {"no-repeated-word": "fatal"}}' }, /"rules\.no-repeated-word" 的级别 "fatal" 无效，可用：off, info, warn, error/],
    ['unknown preset', { '.gongwenrc.json': '{"extends": "nope"}' }, /预设 "nope" 不存在，可用：.*recommended/],
    ['unknown option', { '.gongwenrc.json': '{"rules": {"no-repeated-word": ["error", {"x": 1}]}}' }, /未知的选项 "rules\.no-repeated-word\.x"/],
    ['missing dictionary', { '.gongwenrc.json': '{"dictionaries": ["nope.yml"]}' }, /nope\.yml: 无法读取词典/],
  ])('%s: one line naming the file, key and allowed values; exit 2', async (_name, files, expected) => {
    const dir = tempDir({ ...files, 'a.txt': CLEAN });
    const run = await runCli(['a.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(expected);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--init writes a commented starter config that works, and never overwrites', async () => {
    const dir = tempDir({ 'a.txt': REPEATED });
    expect((await runCli(['--init'], { cwd: dir })).code).toBe(0);
    const written = readFileSync(path.join(dir, '.gongwenrc.yaml'), 'utf8');
    expect(written).toMatch(/^# /);
    expect((await runCli(['a.txt'], { cwd: dir })).code).toBe(1);
    const again = await runCli(['--init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('已有配置文件');
  });

  it('--print-config shows the resolved config for a file', async () => {
    const dir = tempDir({ '.gongwenrc.json': JSON.stringify({ rules: { 'no-repeated-word': 'warn' }, allow: ['新时达'] }) });
    const run = await runCli(['--print-config', 'x.md'], { cwd: dir });
    expect(run.code).toBe(0);
    const config = JSON.parse(run.stdout);
    expect(config.rules['no-repeated-word']).toEqual({ level: 'warn', options: {} });
    expect(config.allow).toEqual(['新时达']);
  });

  it('the allow-list silences words; user dictionaries join the built-in ones', async () => {
    const dir = tempDir({
      '.gongwenrc.json': JSON.stringify({ extends: [], rules: { 'no-repeated-word': 'error' }, dictionaries: ['dict.yml'] }),
      'dict.yml': 'kind: reduplications\nentries:\n  - word: 围绕\n    note: 测试\n    examples: [围绕围绕]\n',
      'a.txt': REPEATED,
    });
    expect((await runCli(['a.txt'], { cwd: dir })).code).toBe(0);
    const allowDir = tempDir({ '.gongwenrc.json': JSON.stringify({ allow: ['围绕围绕党中央'] }), 'a.txt': REPEATED });
    expect((await runCli(['a.txt'], { cwd: allowDir })).code).toBe(0);
  });

  it('a broken dictionary entry names the file and the entry', async () => {
    const dir = tempDir({
      '.gongwenrc.json': JSON.stringify({ dictionaries: ['dict.yml'] }),
      'dict.yml': 'kind: reduplications\nentries:\n  - word: 围绕\n    note: 测试\n    examples: [深入深入]\n',
      'a.txt': CLEAN,
    });
    const run = await runCli(['a.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/dict\.yml: 第 1 条：「围绕」的例句「深入深入」不含该词/);
  });
});

describe('inline control comments in Markdown', () => {
  it('disable, enable, disable-next-line and disable-line', async () => {
    const text = [
      '<!-- gongwen-lint-disable no-repeated-word -->',
      '',
      '甲围绕围绕。',
      '',
      '<!-- gongwen-lint-enable no-repeated-word -->',
      '',
      '乙围绕围绕。',
      '',
      '<!-- gongwen-lint-disable-next-line -->',
      '丙围绕围绕。',
      '',
      '丁围绕围绕。<!-- gongwen-lint-disable-line no-repeated-word -->',
      '',
      '戊围绕围绕。',
      '',
    ].join('\n');
    const dir = tempDir({ 'a.md': text, '.gongwenrc.json': ONLY_REPEATED });
    const [result] = JSON.parse((await runCli(['a.md', '--format', 'json'], { cwd: dir })).stdout);
    expect(result.messages.map((m: { line: number }) => m.line)).toEqual([7, 14]);
  });
});

describe('--fix', () => {
  it('applies safe fixes in place', async () => {
    const dir = tempDir({ 'a.txt': REPEATED, '.gongwenrc.json': ONLY_REPEATED });
    expect((await runCli(['a.txt', '--fix'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(CLEAN);
    expect(existsSync(path.join(dir, 'a.txt'))).toBe(true);
  });
});
