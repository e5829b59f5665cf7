/**
 * Linearity benchmark (not a test): every rule on, each input a run of one character class (or a
 * short repeated unit) at SMALL and 4× SMALL characters, as plain text and as Markdown. A rule whose
 * time grows more than 5× is super-linear (a backtracking regex, a scan per match …) and fails
 * the bench. `npx tsx scripts/bench-linearity.ts [--quick]`, and part of `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { configFromObject } from '../src/config/load.js';
import { lintSource } from '../src/engine/lint.js';
import { loadAllRules } from '../src/engine/registry.js';
import { packageRoot } from '../src/package-root.js';
import type { SourceFormat } from '../src/source/document.js';

/** The time ratio of 4× the input above which a rule fails. */
const MAX_RATIO = 5;
/** Slack for timer noise, a garbage collection, another process: a step fails above 5 × small + this. */
const FLOOR_MS = 100;
/** Runs of a failing input before it counts as failed (the fastest run of each step is kept). */
const TRIES = 3;

/** Repeated units: one of each character class, and pairs known to trip up regexes and rules. */
const UNITS: Array<[string, string]> = [
  ['digits', '1'],
  ['Latin', 'a'],
  ['hex', '9f'],
  ['word chars', 'a_1'],
  ['Han', '围'],
  ['Han text', '坚持围绕中心工作推进改革发展'],
  ['Han numerals', '二〇'],
  ['Han + digit', '2个'],
  ['space', ' '],
  ['tab', '\t'],
  ['NBSP', '\u00a0'],
  ['ideographic space', '\u3000'],
  ['ZWSP', '\u200b'],
  ['emoji', '😀'],
  ['emoji ZWJ', '👨\u200d👩'],
  ['digit dot', '1.'],
  ['digit percent', '1%'],
  ['e-mail-like', 'a@b.'],
  ['URL-like', 'http://a'],
  ['year-like', '2023年'],
  ['number range', '1-'],
  ['ordinal', '一、'],
  ...[...'，。、；：？！“”‘’（）《》【】〔〕—…·．,.;:?!-/%％@#*_`[]<>&|\\~=+\'"'].map((mark): [string, string] => [`'${mark}'`, mark]),
  ['。？', '。？'],
  ['？。', '？。'],
  ['——', '——'],
  ['……', '……'],
  ['Han full stop', '围.'],
  ['Han bracket', '围('],
  ['Han quote', '围"'],
  ['line breaks', '围\n'],
];

interface Row {
  name: string;
  format: SourceFormat;
  small: Map<string, number>;
  large: Map<string, number>;
}

const TOTAL = '(total)';

async function timeLint(text: string, format: SourceFormat, config: Awaited<ReturnType<typeof configFromObject>>) {
  const timings = new Map<string, number>();
  globalThis.gc?.();
  const started = performance.now();
  await lintSource(text, { config, format, timings });
  timings.set(TOTAL, performance.now() - started);
  return timings;
}

const fastest = (a: Map<string, number>, b: Map<string, number>) => new Map([...a].map(([step, ms]) => [step, Math.min(ms, b.get(step) ?? ms)]));

/** The step that grew most between the sizes, and whether it grew beyond the bound. */
function worst(row: Row): { step: string; ratio: number; failed: boolean } {
  let result = { step: '-', ratio: 0, failed: false };
  for (const [step, large] of row.large) {
    const small = row.small.get(step) ?? 0;
    const failed = large > MAX_RATIO * small + FLOOR_MS;
    const ratio = large / Math.max(small, 1);
    if (failed > result.failed || (failed === result.failed && large >= FLOOR_MS && ratio > result.ratio)) result = { step, ratio, failed };
  }
  return result;
}

/** Runs the table; returns true when no rule is super-linear. */
export async function benchLinearity({ quick = false, print = console.log } = {}): Promise<boolean> {
  const small = quick ? 25_000 : 100_000;
  const rules = Object.fromEntries((await loadAllRules()).map((rule) => [rule.meta.id, 'error' as const]));
  const config = await configFromObject({ extends: [], rules });
  await lintSource('预热：围绕中心工作。', { config, format: 'text' });
  print(`linearity: ${Object.keys(rules).length} rules on, runs of ${small.toLocaleString('en-US')} and ${(4 * small).toLocaleString('en-US')} chars; a step fails when its time at 4× exceeds ${MAX_RATIO}× its time + ${FLOOR_MS} ms in ${TRIES} tries`);
  print(`${'input'.padEnd(22)}${'format'.padEnd(10)}${'small ms'.padStart(10)}${'large ms'.padStart(10)}  worst step (ratio)`);
  const failures: string[] = [];
  for (const [name, unit] of UNITS) {
    for (const format of ['text', 'markdown'] as const) {
      const make = (size: number) => unit.repeat(Math.ceil(size / unit.length));
      const row: Row = { name, format, small: await timeLint(make(small), format, config), large: await timeLint(make(4 * small), format, config) };
      // A garbage collection or another process can stretch one run: a step must fail every try.
      for (let attempt = 1; attempt < TRIES && worst(row).failed; attempt++) {
        row.small = fastest(row.small, await timeLint(make(small), format, config));
        row.large = fastest(row.large, await timeLint(make(4 * small), format, config));
      }
      const { step, ratio, failed } = worst(row);
      if (failed) failures.push(`${name} (${format}): ${step} ${ratio.toFixed(1)}×`);
      const ms = (m: Map<string, number>) => m.get(TOTAL)!.toFixed(0).padStart(10);
      print(`${name.padEnd(22)}${format.padEnd(10)}${ms(row.small)}${ms(row.large)}  ${step === '-' ? '-' : `${step} ${ratio.toFixed(1)}×`}${failed ? '  SUPER-LINEAR' : ''}`);
    }
  }
  print(failures.length ? `linearity FAILED: ${failures.join('; ')}` : 'linearity: every step within the bound');
  return failures.length === 0;
}

/** The CLI's limits on one 10 MB line (the seed report without its line breaks, repeated). */
const LINE_MAX_SECONDS = 10;
const LINE_MAX_MB = 400;

/**
 * Time and peak memory of the CLI (default preset) on a 10 MB file that is a single line;
 * returns true within LINE_MAX_SECONDS and LINE_MAX_MB. Needs the dist build.
 */
export function benchSingleLine({ seedFile = path.resolve(packageRoot(), '..', 'shared', 'seed', 'report.txt'), print = console.log } = {}): boolean {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-bench-'));
  try {
    const line = readFileSync(seedFile, 'utf8').replace(/\s+/g, '');
    const file = path.join(dir, 'line.txt');
    writeFileSync(file, line.repeat(Math.ceil((10 << 20) / Buffer.byteLength(line))));
    const main = new URL('../src/cli/main.js', import.meta.url).href;
    const script = `const { runCli } = await import(${JSON.stringify(main)});
      await runCli(${JSON.stringify(['--format', 'json', '-o', path.join(dir, 'out.json'), file])}, { cwd: process.cwd(), env: process.env, stdout() {}, stderr() {}, readStdin: async () => new Uint8Array(), isTTY: false });
      process.stdout.write(String(process.resourceUsage().maxRSS));`;
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const seconds = (performance.now() - started) / 1000;
    const mb = Number(run.stdout) / 1024;
    const ok = run.status === 0 && seconds <= LINE_MAX_SECONDS && mb <= LINE_MAX_MB;
    print(`one 10 MB line (seed report without line breaks, repeated), CLI: ${seconds.toFixed(1)} s, peak ${mb.toFixed(0)} MB (limits ${LINE_MAX_SECONDS} s, ${LINE_MAX_MB} MB)${ok ? '' : `  FAILED${run.status ? `: ${run.stderr.split('\n')[0]}` : ''}`}`);
    return ok;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lineOk = benchSingleLine();
  if (!(await benchLinearity({ quick: process.argv.includes('--quick') })) || !lineOk) process.exitCode = 1;
}
