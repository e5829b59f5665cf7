/**
 * Lints for the language server run on worker threads: a slow document (a 10 MB line, a
 * pathological table) never delays another document's diagnostics, a code action or
 * `shutdown`. A lint whose document changed or closed meanwhile is cancelled by ending its
 * worker; another takes its place when needed. Running from TypeScript sources (no compiled
 * worker), lints run in this thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/types.js';
import { UserError, type UserErrorCode } from '../errors.js';
import type { SourceFormat } from '../source/document.js';
import type { LintResult } from '../types.js';

export interface LintJob {
  id: number;
  text: string;
  config: ResolvedConfig;
  filePath: string;
  format: SourceFormat;
  /** Fix the text (fixText) instead of linting it. */
  fix?: boolean;
}

export interface LintReply {
  id: number;
  result?: LintResult & { output?: string };
  error?: { message: string; code?: UserErrorCode; file?: string; stack?: string };
}

/** The error a job was cancelled with (its document changed or closed): not worth showing. */
export class LintCancelled extends Error {}

const WORKER = new URL('./lint-thread.js', import.meta.url);

/**
 * A running lint younger than this is left to finish when it is cancelled (its result is dropped):
 * ending its worker would cost a new worker's start-up at nearly every keystroke.
 */
const CANCEL_RUNNING_AFTER_MS = 500;

/** The key of the warm-up job (warmUp). */
const WARM_UP = '(warm-up)';

interface Running {
  job: LintJob;
  started?: number;
  /** Cancelled while running: its result is dropped. */
  cancelled?: boolean;
  /** Jobs of the same key replace each other (a document's lint; its fix-all). */
  key: string;
  resolve: (result: LintResult & { output?: string }) => void;
  reject: (error: Error) => void;
}

export class LintPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Running>();
  private readonly waiting: Running[] = [];
  private nextId = 1;
  private readonly onThreads = existsSync(fileURLToPath(WORKER));

  /** @param maxWorkers threads at most; each costs its start-up (modules, dictionaries) once. */
  constructor(private readonly maxWorkers = 3) {}

  /**
   * Starts a worker now, so that it loads its modules while the server answers `initialize`
   * (the main thread never loads the linter's).
   */
  start(): void {
    if (this.onThreads && this.idle.length + this.busy.size === 0) this.idle.push(this.spawn());
  }

  /**
   * Lints `job` on the started worker to load the rules, dictionaries and segmentation model
   * there before a document comes. A document sent meanwhile waits for this worker rather
   * than paying a second worker's start-up.
   */
  warmUp(job: Omit<LintJob, 'id'>): void {
    if (this.nextId > 1) return; // a document came first: its lint warms the worker
    this.run(WARM_UP, job).catch(() => {}); // a config error is shown when a document comes
  }

  /**
   * Lints (or fixes) a text; a newer job with the same key cancels this one (rejects with
   * LintCancelled), whether it waits or runs.
   */
  async run(key: string, job: Omit<LintJob, 'id'>): Promise<LintResult & { output?: string }> {
    if (!this.onThreads) {
      const [{ fixText }, { lintSource }] = await Promise.all([import('../api.js'), import('../engine/lint.js')]);
      return job.fix ? fixText(job.text, job) : lintSource(job.text, job);
    }
    this.cancel(key);
    return new Promise((resolve, reject) => {
      this.waiting.push({ job: { ...job, id: this.nextId++ }, key, resolve, reject });
      this.dispatch();
    });
  }

  /** Cancels the jobs of a key: a waiting one is dropped, a running one's worker is ended. */
  cancel(key: string): void {
    for (const running of this.waiting.filter((r) => r.key === key)) {
      this.waiting.splice(this.waiting.indexOf(running), 1);
      running.reject(new LintCancelled(key));
    }
    for (const [worker, running] of this.busy) {
      if (running.key !== key || running.cancelled) continue;
      running.cancelled = true;
      running.reject(new LintCancelled(key));
      if (performance.now() - running.started! < CANCEL_RUNNING_AFTER_MS) continue;
      this.busy.delete(worker);
      void worker.terminate();
    }
    this.dispatch();
  }

  /** Ends every worker (the server is exiting). */
  close(): void {
    for (const worker of [...this.idle, ...this.busy.keys()]) void worker.terminate();
    this.idle.length = 0;
    this.busy.clear();
  }

  private dispatch(): void {
    const warming = [...this.busy.values()].some((running) => running.key === WARM_UP);
    while (this.waiting.length > 0) {
      const worker = this.idle.pop() ?? (this.busy.size < this.maxWorkers && !warming ? this.spawn() : undefined);
      if (!worker) return;
      const running = this.waiting.shift()!;
      running.started = performance.now();
      this.busy.set(worker, running);
      worker.postMessage(running.job);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER);
    worker.on('message', (reply: LintReply) => {
      const running = this.busy.get(worker);
      if (!running || running.job.id !== reply.id) return;
      this.busy.delete(worker);
      this.idle.push(worker);
      if (!running.cancelled) {
        if (reply.result) running.resolve(reply.result);
        else running.reject(toError(reply.error!));
      }
      this.dispatch();
    });
    worker.on('error', (error) => {
      const running = this.busy.get(worker);
      this.busy.delete(worker);
      if (this.idle.includes(worker)) this.idle.splice(this.idle.indexOf(worker), 1);
      if (running && !running.cancelled) running.reject(error);
      this.dispatch();
    });
    // A worker's thread must not keep the server alive after `exit`.
    worker.unref();
    return worker;
  }
}

function toError(error: NonNullable<LintReply['error']>): Error {
  if (error.code) return new UserError(error.code, error.message, error.file);
  const rebuilt = new Error(error.message);
  rebuilt.stack = error.stack;
  return rebuilt;
}
