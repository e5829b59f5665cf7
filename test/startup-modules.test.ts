import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, SEED } from './helpers/paths.js';

const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-modules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The packages (node_modules/<name>) whose modules the CLI loads for `args`, recorded by a resolve hook. */
function packagesLoaded(args: string[]): Set<string> {
  const hooks = path.join(dir, 'hooks.mjs');
  writeFileSync(hooks, `export async function resolve(specifier, context, next) {
    const resolved = await next(specifier, context);
    process.stderr.write('LOADED ' + resolved.url + '\\n');
    return resolved;
  }`);
  const register = path.join(dir, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module'; register(${JSON.stringify(pathToFileURL(hooks).href)});`);
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, path.join(REPO, 'bin/gongwen-lint.js'), ...args], {
    encoding: 'utf8',
  });
  return new Set([...run.stderr.matchAll(/^LOADED .*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map((match) => match[1]));
}

// Start-up time is mostly module loading once the segmentation model maps in milliseconds: a
// plain-text lint must not load what only other inputs, outputs or modes need.
describe('modules loaded by the CLI', () => {
  it('lints a text file without the Markdown parser, the docx reader, the language server, YAML, diff or iconv', () => {
    const loaded = packagesLoaded([SEED]);
    expect(loaded.has('chalk')).toBe(true); // the check sees the packages it should
    for (const name of ['remark-parse', 'unified', 'jszip', '@xmldom/xmldom', 'vscode-languageserver', 'yaml', 'diff', 'iconv-lite', 'string-width', 'globby']) {
      expect(loaded.has(name), name).toBe(false);
    }
  });

  it('loads the Markdown parser for Markdown', () => {
    const markdown = path.join(dir, '报告.md');
    writeFileSync(markdown, '# 标题\n\n围绕围绕中心工作。\n');
    expect(packagesLoaded([markdown]).has('remark-parse')).toBe(true);
  });
});
