/**
 * The language server (`gongwen-lint --lsp`, `gongwen-lint-lsp`) over stdio. Its first worker
 * starts before the protocol library is loaded (≈ 120 ms of CPU), so that the two load side by
 * side and the first document's diagnostics come sooner (docs/performance.md).
 */
import { LintPool } from './lint-pool.js';

/** Runs the server on stdin/stdout until the client says exit. */
export async function runLanguageServer(): Promise<number> {
  const pool = new LintPool();
  pool.start();
  return (await import('./session.js')).runSession(pool);
}
