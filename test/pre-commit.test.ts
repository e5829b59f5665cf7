import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempDir } from './helpers/cli.js';

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
if (!hasPreCommit && process.env.CI) throw new Error('pre-commit is missing: .ci/run installs it (apt-get install pre-commit)');
if (!hasPreCommit) console.warn('test/pre-commit.test.ts skipped: the pre-commit tool is not installed (apt-get install pre-commit)');

const REPEATED = '各部门要围绕围绕中心工作，抓好落实。\n';
const CORRECTED = '各部门要围绕中心工作，抓好落实。\n';

// The hook a team would write for a checkout of gongwen-lint (the published hook is .pre-commit-hooks.yaml).
const CONFIG = `repos:
  - repo: local
    hooks:
      - id: gongwen-lint
        name: gongwen-lint
        entry: ${JSON.stringify(`${process.execPath} ${BIN}`)}
        language: system
        files: \\.(txt|md)$
`;

describe.skipIf(!hasPreCommit)('pre-commit hook', () => {
  it('blocks a commit of a report with an error and lets the corrected report through', () => {
    const dir = tempDir({ '.pre-commit-config.yaml': CONFIG, 'report.txt': REPEATED, 'notes.csv': '围绕围绕\n' });
    const env = { ...process.env, PRE_COMMIT_HOME: path.join(dir, '.cache'), GIT_CONFIG_NOSYSTEM: '1', HOME: dir };
    const run = (cmd: string, ...args: string[]) => spawnSync(cmd, args, { cwd: dir, env, encoding: 'utf8' });
    const git = (...args: string[]) => run('git', '-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args);
    expect(git('init', '-q').status).toBe(0);
    expect(run('pre-commit', 'install').status).toBe(0);
    git('add', '.pre-commit-config.yaml', 'report.txt', 'notes.csv');

    const blocked = git('commit', '-q', '-m', 'report');
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('“围绕围绕”中的“围绕”重复');
    expect(git('rev-parse', '--verify', 'HEAD').status).not.toBe(0);

    writeFileSync(path.join(dir, 'report.txt'), CORRECTED);
    git('add', 'report.txt');
    const passed = git('commit', '-q', '-m', 'report');
    expect(passed.status, passed.stdout + passed.stderr).toBe(0);
    expect(git('log', '--oneline').stdout.trim().split('\n')).toHaveLength(1);
  });
});
