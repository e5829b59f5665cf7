/**
 * The language server's worker pool (src/lsp/lint-pool.ts), compiled, on real worker threads: the
 * first worker starts at once, and a document sent while it warms up waits for it instead of
 * starting a second worker (a second start-up would delay the first diagnostics).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '..');
const dist = (file: string) => JSON.stringify(path.join(REPO, 'dist/src', file));
const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs an ES module in a fresh Node process (a file: workers inherit node's flags, and --input-type would stop them). */
function runModule(code: string): string {
  const file = path.join(dir, 'run.mjs');
  writeFileSync(file, code);
  return execFileSync(process.execPath, [file], { encoding: 'utf8' });
}

describe('the language server’s lint pool', () => {
  it('lints a document sent during the warm-up on the warming worker, not a second one', () => {
    const output = runModule(`
      const { LintPool } = await import(${dist('lsp/lint-pool.js')});
      const { configFromObject } = await import(${dist('config/load.js')});
      const config = await configFromObject({ extends: 'recommended' });
      const alive = setInterval(() => {}, 1000); // the pool's workers are unref'd: the server's stdin keeps it alive
      const pool = new LintPool();
      pool.start();
      pool.warmUp({ text: '围绕中心工作。', config, filePath: 'warm-up.txt', format: 'text' });
      const result = await pool.run('doc', { text: '各部门要围绕围绕中心工作。', config, filePath: 'doc.txt', format: 'text' });
      // idle and busy are the pool's private lists of workers.
      process.stdout.write(JSON.stringify({ rules: result.messages.map((m) => m.ruleId), workers: pool.idle.length + pool.busy.size }));
      pool.close();
      clearInterval(alive);`);
    const { rules, workers } = JSON.parse(output) as { rules: string[]; workers: number };
    expect(rules).toContain('no-repeated-word');
    expect(workers).toBe(1);
  }, 60_000);
});
