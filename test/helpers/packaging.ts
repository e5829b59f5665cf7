/**
 * The packaging tests install gongwen-lint as users do (npm pack, a git URL, pre-commit's `rev`,
 * the .vsix): each takes minutes of CPU (npm installs, native builds), so they run in CI and where
 * GONGWEN_PACKAGING_TESTS=1, and elsewhere are skipped saying so in their title.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe } from 'vitest';
import { REPO } from './paths.js';
import { tempDir } from './temp.js';

export const PACKAGING = Boolean(process.env.CI || process.env.GONGWEN_PACKAGING_TESTS);

/** `describe` of a packaging test; `missing` names what else it needs when that is not there. */
export function describePackaging(title: string, body: () => void, missing?: string): void {
  const reason = !PACKAGING ? 'set GONGWEN_PACKAGING_TESTS=1; CI runs it' : missing;
  describe.skipIf(Boolean(reason))(reason ? `${title} (skipped: ${reason})` : title, body);
}

/**
 * A git repository holding this working tree's files as a commit of it would (tracked and
 * untracked, not ignored), tagged v0.1.0: what users install from. Returns its folder and commit.
 */
export function committedWorkingTree(): { repository: string; commit: string } {
  const repository = tempDir();
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: REPO, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(repository, file)), { recursive: true });
    copyFileSync(path.join(REPO, file), path.join(repository, file));
  }
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repository, encoding: 'utf8' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'gongwen-lint');
  git('tag', 'v0.1.0');
  return { repository, commit: git('rev-parse', 'HEAD').trim() };
}
