/**
 * Installing gongwen-lint as a dependency from a git URL, the form README gives
 * (`npm install --save-dev git+https://<仓库地址>.git#v0.1.0`), here from a file URL of a commit of
 * this working tree. npm clones it, installs its development dependencies and runs `prepare`
 * (the build, and the copy of cppjieba into vendor/), packs it and installs that, which builds the
 * native segmenter: minutes of CPU, so a packaging test (test/helpers/packaging.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { SEED } from './helpers/paths.js';
import { committedWorkingTree, describePackaging } from './helpers/packaging.js';
import { tempDir } from './helpers/temp.js';

describePackaging('npm install from a git URL', () => {
  it('npm install --save-dev git+file://…#<commit> installs it, and npx gongwen-lint lints the seed report', () => {
    const { repository, commit } = committedWorkingTree();
    const project = tempDir({ 'package.json': '{ "name": "report-project", "private": true }\n' });
    const npm = (...args: string[]) => spawnSync('npm', args, { cwd: project, encoding: 'utf8' });
    const installed = npm('install', '--save-dev', '--no-audit', '--no-fund', '--prefer-offline', `git+file://${repository}#${commit}`);
    expect(installed.status, installed.stderr).toBe(0);
    const module = path.join(project, 'node_modules', 'gongwen-lint');
    expect(existsSync(path.join(module, 'build', 'Release', 'segmenter.node'))).toBe(true);
    expect(existsSync(path.join(module, 'test'))).toBe(false); // what npm pack ships, not the clone

    writeFileSync(path.join(project, '报告.txt'), '各部门要围绕围绕中心工作。\n');
    const lint = npm('exec', '--no', '--', 'gongwen-lint', '--format', 'json', SEED, '报告.txt');
    expect(lint.status, lint.stderr).toBe(1);
    const found = JSON.parse(lint.stdout).map((result: { filePath: string; messages: unknown[] }) => [path.basename(result.filePath), result.messages.length]);
    expect(Object.fromEntries(found)).toEqual({ [path.basename(SEED)]: 11, '报告.txt': 1 });
  }, 1_200_000);
});
