/**
 * The language server with a real editor client: Neovim's built-in LSP client, headless, on the
 * seed report. CI installs neovim (.ci/run) and must run this; elsewhere it is skipped without nvim.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../scripts/lsp-client.js';
import { SEED } from './helpers/paths.js';

const hasNvim = spawnSync('nvim', ['--version']).status === 0;
const skip = !hasNvim && !process.env.CI;
const title = skip ? 'Neovim LSP client (skipped: nvim not installed; apt-get install neovim)' : 'Neovim LSP client';

describe.skipIf(skip)(title, () => {
  it('shows the seed report diagnostics at the right characters', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-nvim-'));
    try {
      const out = path.join(dir, 'diagnostics.json');
      const script = path.join(REPO, 'test/helpers/nvim-lsp-diagnostics.lua');
      const run = spawnSync('nvim', ['--headless', '--clean', '-n', SEED, '-c', `luafile ${script}`], {
        env: { ...process.env, GONGWEN_REPO: REPO, GONGWEN_OUT: out },
        encoding: 'utf8',
        timeout: 50_000,
      });
      expect(run.error).toBeUndefined();
      const { received, diagnostics } = JSON.parse(readFileSync(out, 'utf8'));
      expect(received).toBe(true);
      expect(diagnostics.every((d: { source: string }) => d.source === 'gongwen-lint')).toBe(true);
      expect(diagnostics.map((d: { text: string }) => d.text)).toEqual(
        expect.arrayContaining(['主体党日', '围绕围绕', '深入深入', '未萌状态', '新时达']),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
