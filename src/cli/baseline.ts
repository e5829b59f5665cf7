/**
 * A baseline for old documents, after ESLint's bulk suppressions: per file (relative to the
 * working directory, forward slashes), per rule, per flagged text, the context of each
 * occurrence (the text just before and after it on its line). Keys hold the flagged text, not a
 * line, so editing elsewhere in a file keeps today's problems suppressed; an occurrence is
 * matched by its context first, so a new copy of an old problem is the one reported, wherever
 * it is added; occurrences whose context was edited take the remaining places in order.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { summarize } from '../engine/lint.js';
import { UserError } from '../errors.js';
import { writeFileAtomic } from '../io/write.js';
import type { LintMessage, LintResult } from '../types.js';

export const DEFAULT_BASELINE = '.gongwen-baseline.json';

/** Text before and after an occurrence, on its line; null for a version 1 baseline, which kept only counts. */
export type Context = [before: string, after: string] | null;

/** file → rule → flagged text → the context of each occurrence, in document order. */
export type Baseline = Record<string, Record<string, Record<string, Context[]>>>;

/** UTF-16 units of context kept on each side. */
const CONTEXT_LENGTH = 10;

const fileKey = (filePath: string, cwd: string) => path.relative(cwd, filePath).split(path.sep).join('/');

function contextOf(source: string, m: LintMessage): [string, string] {
  const [start, end] = m.range;
  const before = source.slice(Math.max(0, start - CONTEXT_LENGTH), start);
  const after = source.slice(end, end + CONTEXT_LENGTH);
  return [before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1), after.split(/[\r\n]/)[0]];
}

export function readBaseline(file: string): Baseline | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8'));
    if (![1, 2].includes(parsed?.version) || typeof parsed.files !== 'object') throw new Error('不是 gongwen-lint 的基线文件（缺少 version 或 files）');
    return parsed.version === 1 ? fromCounts(parsed.files) : (parsed.files as Baseline);
  } catch (error) {
    throw new UserError('CONFIG_INVALID', `基线文件无法读取：${(error as Error).message}`, file);
  }
}

/** Version 1 kept a count per text: that many occurrences of unknown context. */
function fromCounts(files: Record<string, Record<string, Record<string, number>>>): Baseline {
  const map = <T, U>(record: Record<string, T>, f: (value: T) => U) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
  return map(files, (rules) => map(rules, (texts) => map(texts, (count) => Array<Context>(count).fill(null))));
}

export function writeBaseline(file: string, baseline: Baseline): void {
  const sorted = Object.fromEntries(Object.keys(baseline).sort().map((f) => [f, baseline[f]]));
  writeFileAtomic(file, Buffer.from(`${JSON.stringify({ version: 2, files: sorted }, null, 2)}\n`));
}

/** The number of occurrences a baseline (or part of one) holds. */
export function baselineSize(baseline: Baseline): number {
  return Object.values(baseline).reduce((n, rules) => n + Object.values(rules).reduce((m, texts) => m + Object.values(texts).reduce((k, list) => k + list.length, 0), 0), 0);
}

/** The occurrences of `messages`, as a baseline entry of one file. */
function entryOf(result: LintResult, messages: readonly LintMessage[]): Baseline[string] {
  const entry: Baseline[string] = {};
  for (const m of messages) ((entry[m.ruleId] ??= {})[m.actual] ??= []).push(contextOf(result.source, m));
  return entry;
}

/** Today's problems of the linted files, replacing what the baseline held for them. */
export function recordBaseline(previous: Baseline, results: readonly LintResult[], cwd: string): Baseline {
  const next: Baseline = { ...previous };
  for (const result of results) {
    const key = fileKey(result.filePath, cwd);
    if (result.messages.length) next[key] = entryOf(result, result.messages);
    else delete next[key];
  }
  return next;
}

/** The messages of `result` the recorded entry covers: same context first, then the rest in order. */
function covered(result: LintResult, recorded: Baseline[string]): Set<LintMessage> {
  const matched = new Set<LintMessage>();
  const same = (a: Context, b: Context) => a !== null && b !== null && a[0] === b[0] && a[1] === b[1];
  const groups = new Map<Context[], LintMessage[]>();
  for (const m of result.messages) {
    const contexts = recorded[m.ruleId]?.[m.actual];
    if (contexts) groups.set(contexts, [...(groups.get(contexts) ?? []), m]);
  }
  for (const [contexts, messages] of groups) {
    const left = [...contexts];
    const unmatched: LintMessage[] = [];
    for (const m of messages) {
      const context = contextOf(result.source, m);
      const index = left.findIndex((c) => same(c, context));
      if (index < 0) {
        unmatched.push(m);
      } else {
        left.splice(index, 1);
        matched.add(m);
      }
    }
    for (const m of unmatched.slice(0, left.length)) matched.add(m);
  }
  return matched;
}

/**
 * Drops the messages the baseline covers. `used` gets the covered occurrences with their
 * current context, for pruning the baseline.
 */
export function applyBaseline(baseline: Baseline, results: readonly LintResult[], cwd: string, used: Baseline = {}): LintResult[] {
  return results.map((result) => {
    const key = fileKey(result.filePath, cwd);
    const recorded = baseline[key];
    if (!recorded) return result;
    const matched = covered(result, recorded);
    if (matched.size === 0) return result;
    used[key] = entryOf(result, result.messages.filter((m) => matched.has(m)));
    const kept = result.messages.filter((m) => !matched.has(m));
    return { ...result, ...summarize(result.filePath, kept, result.source) };
  });
}

/** The baseline with the linted files' entries cut down to what still occurs. */
export function pruneBaseline(baseline: Baseline, used: Baseline, results: readonly LintResult[], cwd: string): Baseline {
  const next: Baseline = { ...baseline };
  for (const result of results) {
    const key = fileKey(result.filePath, cwd);
    if (used[key]) next[key] = used[key];
    else delete next[key];
  }
  return next;
}

export interface BaselineOptions {
  /** --baseline: the baseline file (default .gongwen-baseline.json in the working directory). */
  file?: string;
  write?: boolean;
  prune?: boolean;
}

/**
 * The CLI's baseline step: --write-baseline records the results (then nothing is left to
 * report); otherwise a baseline file, when there is one, hides the problems it holds.
 */
export function baselineResults<R extends LintResult>(options: BaselineOptions, results: R[], cwd: string, note: (text: string) => void): R[] {
  const file = path.resolve(cwd, options.file ?? DEFAULT_BASELINE);
  const explicit = options.file !== undefined;
  if (options.write) {
    const baseline = recordBaseline(readBaseline(file) ?? {}, results, cwd);
    writeBaseline(file, baseline);
    const count = results.reduce((n, r) => n + r.messages.length, 0);
    note(`gongwen-lint: 已把 ${count} 个问题记入基线 ${path.relative(cwd, file)}，以后只报告新问题\n`);
    return applyBaseline(baseline, results, cwd) as R[];
  }
  const baseline = readBaseline(file);
  if (!baseline) {
    if (explicit) throw new UserError('FILE_NOT_FOUND', '找不到基线文件（先用 --write-baseline 生成）', file);
    return results;
  }
  const used: Baseline = {};
  const shown = applyBaseline(baseline, results, cwd, used) as R[];
  if (options.prune) {
    const pruned = pruneBaseline(baseline, used, results, cwd);
    writeBaseline(file, pruned);
    note(`gongwen-lint: 已从基线 ${path.relative(cwd, file)} 删去 ${baselineSize(baseline) - baselineSize(pruned)} 个已改正的问题\n`);
  }
  return shown;
}
