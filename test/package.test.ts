/**
 * The package as users install it: what `npm pack` puts in the tarball, and the links the
 * reports carry (SARIF informationUri and helpUri, rdjson source url), which must point at the
 * project's page and its rule docs, the same ones package.json names. The install itself from the
 * packed tarball is tested for real through pre-commit (test/pre-commit.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/api.js';
import { HOMEPAGE, ruleUrl } from '../src/engine/urls.js';
import { loadAllRules } from '../src/engine/registry.js';
import { rdjson } from '../src/reporters/rdjson.js';
import { sarif } from '../src/reporters/sarif.js';
import { describePackaging } from './helpers/packaging.js';
import { REPO } from './helpers/paths.js';

const packageJson = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));

// npm pack --dry-run compresses the whole package (the 28 MB model): 9 s of CPU, a packaging test.
describePackaging('npm pack', () => {
  it('ships the bin, the build, dictionaries, presets, native sources, rule docs and notices, nothing else', () => {
    // --ignore-scripts: the build is there already (npm test builds first); vendor/ is made by prepare.
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const files: string[] = packed.files.map((file: { path: string }) => file.path);
    const allowed = /^(bin\/[^/]+\.js|dist\/(src|rules|dictionaries|presets|web)\/.+|dictionaries\/.+|presets\/[^/]+\.yml|binding\.gyp|native\/[^/]+\.(cc|h|cjs|js)|vendor\/cppjieba\/.+|docs\/rules\/[^/]+\.md|models\/typo-lm\.bin|LICENSE|NOTICE|README\.md|package\.json)$/;
    expect(files.filter((file) => !allowed.test(file))).toEqual([]);
    for (const needed of ['bin/gongwen-lint.js', 'bin/gongwen-lint-lsp.js', 'dist/src/api.js', 'dist/src/cli/main.js', 'dist/src/cli/lint-worker.js', 'binding.gyp', 'native/segmenter.cc', 'native/cppjieba.cjs', 'LICENSE', 'NOTICE', 'models/typo-lm.bin', 'presets/recommended.yml', 'docs/rules/typo.md']) {
      expect(files).toContain(needed);
    }
    expect(files.some((file) => file.endsWith('.d.ts'))).toBe(true);
    expect(files.some((file) => /(^|\/)(test|scripts)\//.test(file) || file.endsWith('.tsbuildinfo'))).toBe(false);
    expect(packageJson.files).toContain('vendor'); // cppjieba's headers and dictionaries, copied at prepare
    expect(packageJson.dependencies.nodejieba).toBeUndefined(); // its install script needs npm's `yes`
  });
});

describe('links in reports', () => {
  it('point at the project page and the rule docs that ship, as package.json does', async () => {
    expect(packageJson.homepage).toBe(HOMEPAGE);
    expect(packageJson.repository.url).toContain(HOMEPAGE.replace(/^https:\/\//, ''));
    const result = await lintText('各部门要围绕围绕中心工作。\n', { filePath: path.join(REPO, 'a.txt') });
    const log = JSON.parse(sarif([result], { color: false, cwd: REPO }));
    expect(log.runs[0].tool.driver.informationUri).toBe(HOMEPAGE);
    for (const rule of log.runs[0].tool.driver.rules) expect(rule.helpUri).toBe(ruleUrl(rule.id));
    expect(JSON.parse(rdjson([result], { color: false, cwd: REPO })).source.url).toBe(HOMEPAGE);
    for (const rule of await loadAllRules()) {
      expect(ruleUrl(rule.meta.id).startsWith(`${HOMEPAGE}/blob/main/docs/rules/`)).toBe(true);
      expect(existsSync(path.join(REPO, 'docs', 'rules', `${rule.meta.id}.md`)), rule.meta.id).toBe(true);
    }
  });
});
