/**
 * The VS Code extension as users install it: `npm run package` in editors/vscode builds the
 * linux-x64 .vsix with gongwen-lint bundled (scripts/bundle-server.mjs); the test unpacks it,
 * starts the bundled server as the extension does (forked: node gongwen-lint-lsp.js --stdio
 * --clientProcessId=…) and lints the seed report through a real LSP client.
 * Building the .vsix packs and installs gongwen-lint (native build included): a packaging test
 * (test/helpers/packaging.ts); .ci/run installs editors/vscode's dependencies.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { startLspSession } from '../scripts/lsp-client.js';
import { describePackaging } from './helpers/packaging.js';
import { REPO, SEED } from './helpers/paths.js';
import { tempDir } from './helpers/temp.js';

const EXTENSION = path.join(REPO, 'editors', 'vscode');
const VSIX = path.join(EXTENSION, 'gongwen-lint-linux-x64.vsix');
const manifest = JSON.parse(readFileSync(path.join(EXTENSION, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(path.join(EXTENSION, 'package-lock.json'), 'utf8'));
const minimum = (range: string) => /^\^?(\d+)\.(\d+)\.\d+$/.exec(range)!.slice(1).map(Number);
const atLeast = ([major, minor]: number[], [wantMajor, wantMinor]: number[]) => major > wantMajor || (major === wantMajor && minor >= wantMinor);

describe('the extension\'s minimum VS Code version', () => {
  it('is at least what vscode-languageclient needs, and one whose Node.js runs the bundled server (1.101: Node.js 22), as its READMEs say', () => {
    const engine = minimum(manifest.engines.vscode);
    expect(atLeast(engine, minimum(lock.packages['node_modules/vscode-languageclient'].engines.vscode))).toBe(true);
    // VS Code 1.101 (Electron 35) is the first on Node.js 22; earlier ones run Node.js 20 builds of Electron 34 or older.
    expect(JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).engines.node).toBe('>=20.19');
    expect(atLeast(engine, [1, 101])).toBe(true);
    for (const readme of [path.join(EXTENSION, 'README.md'), path.join(REPO, 'docs', 'editors.md')]) {
      expect(readFileSync(readme, 'utf8')).toContain(`需要 VS Code ${engine[0]}.${engine[1]} 及以上`);
    }
  });
});

const missing = process.platform !== 'linux' || process.arch !== 'x64' ? 'the bundled server is built for linux-x64'
  : existsSync(path.join(EXTENSION, 'node_modules', '.bin', 'vsce')) ? undefined : 'run npm ci in editors/vscode';

describePackaging('VS Code .vsix', () => {
  it('holds the extension, a LICENSE and the built server, which lints the seed report over LSP', async () => {
    execFileSync('npm', ['run', 'package'], { cwd: EXTENSION, stdio: ['ignore', 'ignore', 'inherit'] });
    const zip = await JSZip.loadAsync(readFileSync(VSIX));
    rmSync(VSIX);
    const dir = tempDir();
    for (const entry of Object.values(zip.files)) {
      if (entry.dir) continue;
      mkdirSync(path.dirname(path.join(dir, entry.name)), { recursive: true });
      writeFileSync(path.join(dir, entry.name), await entry.async('nodebuffer'));
    }
    expect(readFileSync(path.join(dir, 'extension.vsixmanifest'), 'utf8')).toContain('TargetPlatform="linux-x64"');
    const extension = path.join(dir, 'extension');
    expect(existsSync(path.join(extension, 'extension.js'))).toBe(true);
    expect(existsSync(path.join(extension, 'LICENSE.txt')) || existsSync(path.join(extension, 'LICENSE'))).toBe(true);
    const server = path.join(extension, 'server', 'node_modules', 'gongwen-lint');
    expect(existsSync(path.join(server, 'build', 'Release', 'segmenter.node'))).toBe(true);

    const session = await startLspSession(dir, [path.join(server, 'bin', 'gongwen-lint-lsp.js'), '--stdio', `--clientProcessId=${process.pid}`]);
    try {
      const uri = pathToFileURL(SEED).href;
      const published = session.nextDiagnostics(uri, 1);
      await session.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: readFileSync(SEED, 'utf8') } });
      const { diagnostics } = await published;
      expect(diagnostics.map((d) => d.code)).toEqual([
        'no-redundant-merge', 'no-abnormal-whitespace', 'typo', 'no-repeated-word', 'no-repeated-word', 'no-redundant-merge',
        'de-di-de', 'fixed-phrase', 'typo', 'measure-word', 'no-abnormal-whitespace',
      ]);
    } finally {
      await session.stop();
    }
  }, 1_200_000);
}, missing);
