/**
 * Word documents in the benchmark: a 500-page document (A4 公文: about 22 lines of 28 characters
 * a page) built from the corpus, read, linted part by part, and reviewed (comments and tracked
 * changes), in this process.
 */
import { lintFile, reviseDocx } from '../src/api.js';
import type { ResolvedConfig } from '../src/config/types.js';
import { readDocx } from '../src/io/docx.js';
import { makeDocx } from './make-docx.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PAGE_CHARS = 22 * 28;

export async function benchDocx(corpusText: string, config: ResolvedConfig, pages: number, print: (line: string) => void): Promise<void> {
  let text = '';
  while (text.length < pages * PAGE_CHARS) text += corpusText;
  const bytes = await makeDocx(text);
  const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-bench-docx-'));
  try {
    const file = path.join(dir, 'report.docx');
    writeFileSync(file, bytes);
    const time = async (run: () => Promise<unknown>) => {
      const start = performance.now();
      await run();
      return performance.now() - start;
    };
    const read = await time(() => readDocx(bytes, file));
    const lint = await time(() => lintFile(file, config));
    const review = await time(() => reviseDocx(bytes, file, { config, comments: true }));
    const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    print(`Word document of ${pages} pages (${text.length.toLocaleString('en-US')} chars, ${(bytes.length / 1024).toFixed(0)} KB): read ${secs(read)}, read + lint ${secs(lint)}, --review ${secs(review)}; rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
