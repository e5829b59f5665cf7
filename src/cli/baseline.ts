/**
 * A baseline for old documents, after ESLint's bulk suppressions: per file (relative to the
 * working directory, forward slashes), per rule, how many messages flagged each text. Keys hold
 * the flagged text, not a line, so editing elsewhere in a file keeps today's problems suppressed;
 * a problem beyond the recorded count is new and reported.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { summarize } from '../engine/lint.js';
import { UserError } from '../errors.js';
import { writeFileAtomic } from '../io/write.js';
import type { LintMessage, LintResult } from '../types.js';

export const DEFAULT_BASELINE = '.gongwen-baseline.json';

/** file → rule → flagged text → count. */
export type Baseline = Record<string, Record<string, Record<string, number>>>;

const keyOf = (m: LintMessage) => m.actual;
const fileKey = (filePath: string, cwd: string) => path.relative(cwd, filePath).split(path.sep).join('/');

export function readBaseline(file: string): Baseline | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8'));
    if (parsed?.version !== 1 || typeof parsed.files !== 'object') throw new Error('不是 gongwen-lint 的基线文件（缺少 version: 1 或 files）');
    return parsed.files as Baseline;
  } catch (error) {
    throw new UserError('CONFIG_INVALID', `基线文件无法读取：${(error as Error).message}`, file);
  }
}

export function writeBaseline(file: string, baseline: Baseline): void {
  const sorted = Object.fromEntries(Object.keys(baseline).sort().map((f) => [f, baseline[f]]));
  writeFileAtomic(file, Buffer.from(`${JSON.stringify({ version: 1, files: sorted }, null, 2)}\n`));
}

/** Today's problems of the linted files, replacing what the baseline held for them. */
export function recordBaseline(previous: Baseline, results: readonly LintResult[], cwd: string): Baseline {
  const next: Baseline = { ...previous };
  for (const result of results) {
    const counts: Record<string, Record<string, number>> = {};
    for (const m of result.messages) {
      const byText = (counts[m.ruleId] ??= {});
      byText[keyOf(m)] = (byText[keyOf(m)] ?? 0) + 1;
    }
    const key = fileKey(result.filePath, cwd);
    if (Object.keys(counts).length) next[key] = counts;
    else delete next[key];
  }
  return next;
}

/**
 * Drops the messages the baseline covers (the first ones of each rule and text, up to the
 * recorded count). `used` gets what was actually matched, for pruning the baseline.
 */
export function applyBaseline(baseline: Baseline, results: readonly LintResult[], cwd: string, used: Baseline = {}): LintResult[] {
  return results.map((result) => {
    const key = fileKey(result.filePath, cwd);
    const recorded = baseline[key];
    if (!recorded) return result;
    const left = structuredClone(recorded);
    const kept = result.messages.filter((m) => {
      const byText = left[m.ruleId];
      if (!byText?.[keyOf(m)]) return true;
      byText[keyOf(m)]--;
      const usedByText = ((used[key] ??= {})[m.ruleId] ??= {});
      usedByText[keyOf(m)] = (usedByText[keyOf(m)] ?? 0) + 1;
      return false;
    });
    return kept.length === result.messages.length ? result : { ...result, ...summarize(result.filePath, kept, result.source) };
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
  if (options.prune) writeBaseline(file, pruneBaseline(baseline, used, results, cwd));
  return shown;
}
