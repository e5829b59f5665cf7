/**
 * Lints many files: unchanged ones come from the cache, the others are linted in this thread or,
 * when there is enough text to repay a worker's start-up, in this thread and worker threads.
 * Results keep the input order.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { decodeFile, lintFile, type FileLintResult } from '../api.js';
import type { ResolvedConfig } from '../config/types.js';
import { UserError } from '../errors.js';
import type { Encoding } from '../io/decode.js';
import { readDocument } from '../io/read.js';
import type { LintCache } from './lint-cache.js';

export interface LintJob {
  index: number;
  file: string;
  config: ResolvedConfig;
  encoding?: Encoding;
}

export interface LintFilesRun {
  files: readonly string[];
  configFor: (file: string) => Promise<ResolvedConfig>;
  encoding?: Encoding;
  /** --concurrency: a number of threads, "auto" (default) or "off". */
  concurrency?: string;
  cache?: LintCache;
}

/**
 * Below this much text, "auto" stays in one thread. On N threads this one lints beside N − 1
 * workers, which share the process's segmentation model (native/segmenter.cc) but each pay
 * their own start-up (modules, dictionaries, JIT: ≈ 0.4 s of CPU); docs/performance.md has
 * the speed-up.
 */
export const AUTO_PARALLEL_BYTES = 8 * 1024 * 1024;

const WORKER = new URL('./lint-worker.js', import.meta.url);

export async function lintFiles(run: LintFilesRun): Promise<FileLintResult[]> {
  const results: FileLintResult[] = new Array(run.files.length);
  const jobs: Array<LintJob & { key?: string; bytes: number }> = [];
  for (const [index, file] of run.files.entries()) {
    const config = await run.configFor(file);
    let key: string | undefined;
    let size = 0;
    if (run.cache) {
      const bytes = readBytes(file);
      if (bytes) {
        size = bytes.length;
        key = run.cache.key(bytes, config, run.encoding);
        const cached = await run.cache.get(file, key, () => decodeFile(bytes, file, run.encoding).then(({ text }) => text, () => undefined));
        if (cached) {
          results[index] = cached;
          continue;
        }
      }
    }
    jobs.push({ index, file, config, encoding: run.encoding, key, bytes: size });
  }

  const threads = threadCount(run.concurrency, jobs);
  if (threads <= 1) {
    for (const job of jobs) results[job.index] = await lintFile(job.file, job.config, job.encoding);
  } else {
    await onThreads(jobs, threads, results);
  }
  if (run.cache) {
    for (const job of jobs) if (job.key) run.cache.set(results[job.index], job.key);
    run.cache.save();
  }
  return results;
}

function threadCount(concurrency = 'auto', jobs: ReadonlyArray<{ file: string; bytes: number }>): number {
  if (concurrency === 'off') return 1;
  const workersAvailable = existsSync(fileURLToPath(WORKER)); // not when running from TypeScript sources
  if (concurrency === 'auto') {
    const bytes = jobs.reduce((n, job) => n + (job.bytes || sizeOf(job.file)), 0);
    return workersAvailable && bytes >= AUTO_PARALLEL_BYTES ? Math.min(availableParallelism(), jobs.length) : 1;
  }
  const n = Number(concurrency);
  if (!Number.isInteger(n) || n < 1) throw new UserError('USAGE', `--concurrency 应为正整数、auto 或 off，得到 "${concurrency}"`);
  return workersAvailable ? Math.min(n, jobs.length) : 1;
}

/** Files sent to a worker ahead of its current one, so that it never waits for this thread. */
const AHEAD = 2;

/**
 * Lints the jobs on `threads` threads: this one, whose modules are loaded already, and
 * threads − 1 workers, all taking the next file from one queue. One worker start-up fewer than
 * a worker per thread (modules, dictionaries and JIT warm-up: ≈ 0.4 s of CPU each).
 */
async function onThreads(jobs: readonly LintJob[], threads: number, results: FileLintResult[]): Promise<void> {
  let next = 0;
  const take = (): LintJob | undefined => jobs[next++];
  const workers = Array.from({ length: threads - 1 }, () => new Worker(WORKER));
  let failed = false;
  const finished = Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
    let sent = 0;
    const feed = () => {
      for (let job: LintJob | undefined; sent < AHEAD && (job = take()); sent++) {
        worker.postMessage({ index: job.index, file: job.file, config: job.config, encoding: job.encoding });
      }
      if (sent === 0) resolve();
    };
    worker.on('message', (reply: { index: number; result?: FileLintResult; error?: { message: string; stack?: string } }) => {
      sent--;
      if (reply.error) {
        const error = new Error(reply.error.message);
        error.stack = reply.error.stack;
        return reject(error);
      }
      results[reply.index] = reply.result!;
      feed();
    });
    worker.on('error', reject);
    feed();
  })));
  finished.catch(() => (failed = true)); // stops this thread's loop; thrown below
  try {
    for (let job = take(); job && !failed; job = take()) {
      results[job.index] = await lintFile(job.file, job.config, job.encoding);
      // lintFile may finish without a turn of the event loop: let the workers' replies in.
      await new Promise(setImmediate);
    }
    await finished;
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

function readBytes(file: string): Buffer | undefined {
  try {
    return readDocument(file).bytes; // never a FIFO, which would block, nor more than lintFile would read
  } catch {
    return undefined; // lintFile reports the unreadable file
  }
}

function sizeOf(file: string): number {
  return statSync(file, { throwIfNoEntry: false })?.size ?? 0;
}
