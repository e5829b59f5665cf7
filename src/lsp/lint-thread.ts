/**
 * A worker thread of the language server: lints (or fixes) the documents the server's main
 * thread sends, one at a time, so that the main thread keeps answering the editor. The fixer
 * (with the rest of the API) is loaded at the first "fix all": the first diagnostics need only
 * the linter.
 */
import { parentPort } from 'node:worker_threads';
import { lintSource } from '../engine/lint.js';
import { UserError } from '../errors.js';
import type { LintJob, LintReply } from './lint-pool.js';

parentPort!.on('message', async (job: LintJob) => {
  let reply: LintReply;
  try {
    const options = { config: job.config, filePath: job.filePath, format: job.format };
    const result = job.fix ? await (await import('../api.js')).fixText(job.text, options) : await lintSource(job.text, options);
    reply = { id: job.id, result };
  } catch (error) {
    reply = {
      id: job.id,
      error: error instanceof UserError
        ? { message: error.message, code: error.code, file: error.file }
        : { message: (error as Error).message, stack: (error as Error).stack },
    };
  }
  parentPort!.postMessage(reply);
});
