import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempDir } from './helpers/cli.js';
import { committedWorkingTree, describePackaging } from './helpers/packaging.js';

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

/** A git repository with a pre-commit config, and a way to commit in it as a user would. */
function userRepository(config: string) {
  const dir = tempDir({ '.pre-commit-config.yaml': config, 'report.txt': REPEATED, 'notes.csv': '围绕围绕\n' });
  const env = { ...process.env, PRE_COMMIT_HOME: path.join(dir, '.cache'), GIT_CONFIG_NOSYSTEM: '1', HOME: dir };
  const run = (cmd: string, ...args: string[]) => spawnSync(cmd, args, { cwd: dir, env, encoding: 'utf8' });
  const git = (...args: string[]) => run('git', '-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args);
  expect(git('init', '-q').status).toBe(0);
  return { dir, run, git };
}

/** The hook blocks a commit of a report with an error and lets the corrected report through. */
function expectHookGuardsCommits({ dir, run, git }: ReturnType<typeof userRepository>): void {
  const installed = run('pre-commit', 'install');
  expect(installed.status, installed.stderr).toBe(0);
  git('add', '.pre-commit-config.yaml', 'report.txt', 'notes.csv');

  const blocked = git('commit', '-q', '-m', 'report');
  expect(blocked.status, blocked.stdout + blocked.stderr).not.toBe(0);
  expect(blocked.stdout + blocked.stderr).toContain('“围绕围绕”中的“围绕”重复');
  expect(git('rev-parse', '--verify', 'HEAD').status).not.toBe(0);

  writeFileSync(path.join(dir, 'report.txt'), CORRECTED);
  git('add', 'report.txt');
  const passed = git('commit', '-q', '-m', 'report');
  expect(passed.status, passed.stdout + passed.stderr).toBe(0);
  expect(git('log', '--oneline').stdout.trim().split('\n')).toHaveLength(1);
}

describe.skipIf(!hasPreCommit)('pre-commit hook', () => {
  it('repo: local, with gongwen-lint already installed', () => {
    expectHookGuardsCommits(userRepository(CONFIG));
  });
});

// pre-commit clones the hook repository at `rev`, runs npm install (with the build), npm pack and
// npm install -g of the tarball: about 100 s of CPU (1.5–2 min on 2 idle cores, far more on a busy machine).
describePackaging('pre-commit hook as users consume it', () => {
  it('repo: <path>, rev: <tag>, id: gongwen-lint installs the package with npm and runs it', () => {
    const { repository } = committedWorkingTree();
    expectHookGuardsCommits(userRepository(`repos:\n  - repo: ${repository}\n    rev: v0.1.0\n    hooks:\n      - id: gongwen-lint\n`));
  }, 1_200_000);
}, hasPreCommit ? undefined : 'the pre-commit tool is not installed');
