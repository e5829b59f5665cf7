/**
 * A worker thread of the parallel linter: lints the files the main thread sends, one at a time.
 * The segmentation model is loaded once per process and shared by every worker (src/nlp/jieba.ts).
 */
import { parentPort } from 'node:worker_threads';
import { lintFile } from '../api.js';
import type { LintJob } from './lint-files.js';

parentPort!.on('message', async (job: LintJob) => {
  try {
    parentPort!.postMessage({ index: job.index, result: await lintFile(job.file, job.config, job.encoding) });
  } catch (error) {
    parentPort!.postMessage({ index: job.index, error: { message: (error as Error).message, stack: (error as Error).stack } });
  }
});
