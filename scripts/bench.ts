/**
 * Benchmark (not a test): `npm run bench` (after a build), `npm run bench -- --quick`.
 * One run, same inputs for every tool:
 *   - cold start: the CLI on the seed report, side by side with autocorrect-node (child
 *     processes, alternating), and its peak memory;
 *   - throughput of the default lint on one core, on 100× and 1000× a slice of the corpus
 *     (the 1000× time should stay within 12× the 100× time), vs bare segmentation (nodejieba's
 *     `tag` and our binding's) and the peer tools autocorrect-node and zhlint;
 *   - peak memory of the CLI on a 10 MB file;
 *   - speed-up of linting many files (8× the corpus, 13 MB) on worker threads;
 *   - the language server's first diagnostics and its latency after an edit (scripts/bench-lsp.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { configFromObject } from '../src/config/load.js';
import { lintSource } from '../src/engine/lint.js';
import { benchModel } from './bench-model.js';
import { tag } from '../src/nlp/jieba.js';
import { benchDocx } from './bench-docx.js';
import { packageRoot } from '../src/package-root.js';
import { benchLinearity, benchSingleLine } from './bench-linearity.js';

const quick = process.argv.includes('--quick');
const ROOT = packageRoot();
const BIN = path.join(ROOT, 'bin', 'gongwen-lint.js');
const SHARED = path.resolve(ROOT, '..', 'shared');
const SEED = path.join(SHARED, 'seed', 'report.txt');
const CORPUS = readdirSync(path.join(SHARED, 'corpus')).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(SHARED, 'corpus', f));
const UNIT_CHARS = quick ? 2_000 : 10_000;
const REPEATS = quick ? 1 : 3;

const print = (line: string) => console.log(line);
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** A slice of whole lines of the corpus, about `chars` long. */
function corpusSlice(chars: number): string {
  const lines = CORPUS.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()));
  let text = '';
  for (const line of lines) {
    if (text.length >= chars) break;
    text += `${line}\n`;
  }
  return text;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * CPU time (user + system, ms) of the waited-for child processes so far (Linux's /proc; else
 * undefined): unlike wall time, barely changed by other processes sharing the cores.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime + cstime, in 1/100 s
  } catch {
    return undefined;
  }
}

/** CPU time of each child process that runOnce ran, by command line. */
const cpuTimes = new Map<string, number[]>();

/** Wall time of one child process run (its CPU time goes to cpuTimes). */
function runOnce(args: string[], cwd?: string): number {
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  const wall = performance.now() - start;
  const cpuAfter = childrenCpuMs();
  if (cpuBefore !== undefined && cpuAfter !== undefined) cpuTimes.set(args.join(' '), [...(cpuTimes.get(args.join(' ')) ?? []), cpuAfter - cpuBefore]);
  return wall;
}

/** " (CPU median s)" of a command runOnce ran, if known. */
const cpuOf = (args: string[]) => {
  const times = cpuTimes.get(args.join(' '));
  return times ? ` (CPU ${secs(median(times))})` : '';
};

/** Wall time of a child process, median over REPEATS runs. */
function timeProcess(args: string[], cwd?: string): number {
  return median(Array.from({ length: REPEATS }, () => runOnce(args, cwd)));
}

/** Wall times of several commands run in turn, `rounds` times: the same machine load for each. */
function timeSideBySide(commands: string[][], rounds: number, cwd?: string): number[][] {
  const times = commands.map(() => [] as number[]);
  for (let i = 0; i < rounds; i++) commands.forEach((args, c) => times[c].push(runOnce(args, cwd)));
  return times;
}
const range = (times: number[]) => `${secs(median(times))} (${secs(Math.min(...times))}–${secs(Math.max(...times))})`;

/** Peak resident memory (MB) of the CLI's work, read from inside the child at exit. */
function peakMemoryMb(cliArgs: string[]): number {
  const main = new URL('../src/cli/main.js', import.meta.url).href;
  const script = `const { runCli } = await import(${JSON.stringify(main)});
    await runCli(${JSON.stringify(cliArgs)}, { cwd: process.cwd(), env: process.env, stdout() {}, stderr() {}, readStdin: async () => new Uint8Array(), isTTY: false });
    process.stdout.write(String(process.resourceUsage().maxRSS));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return Number(run.stdout) / 1024;
}

/** Milliseconds nodejieba's own `tag` takes over every line of `text`, in a child process. */
function nodejiebaTagMs(loadNodejieba: string, text: string): number {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-bench-'));
  try {
    const file = path.join(dir, 'text.txt');
    writeFileSync(file, text);
    const script = `${loadNodejieba}
      const lines = require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8').split('\\n');
      const start = performance.now(); for (const line of lines) j.tag(line);
      process.stdout.write(String(performance.now() - start));`;
    return Number(spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timeInProcess(run: () => unknown | Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function main() {
  print(`gongwen-lint benchmark${quick ? ' (--quick)' : ''}: Node ${process.version}, ${availableParallelism()} cores`);

  // Cold start, side by side with autocorrect-node and bare node.
  // nodejieba as its README uses it: the default load() of its own dictionaries.
  const loadNodejieba = `const j = require(${JSON.stringify(createRequire(import.meta.url).resolve('nodejieba'))}); j.load();`;
  const seedText = JSON.stringify(readFileSync(SEED, 'utf8'));
  const autocorrectCli = `import { createRequire } from 'node:module'; const r = createRequire(${JSON.stringify(import.meta.url)}); r('autocorrect-node').lintFor(${seedText}, 'a.txt');`;
  const rounds = quick ? 2 : 7;
  const coldCommands = [[BIN, SEED], ['--input-type=module', '-e', autocorrectCli], ['-e', '0']];
  const [ours, autocorrectTimes, nodeTimes] = timeSideBySide(coldCommands, rounds);
  const cold = median(ours);
  const autoCold = median(autocorrectTimes);
  const seedMemory = peakMemoryMb([SEED]);
  print(`cold start on the seed report (median (min–max) of ${rounds}, alternating): gongwen-lint ${range(ours)}${cpuOf(coldCommands[0])} (target ≤ 0.30 s); autocorrect-node ${range(autocorrectTimes)}${cpuOf(coldCommands[1])}: ${(cold / autoCold).toFixed(1)}× (target ≤ 3×); bare node ${range(nodeTimes)}${cpuOf(coldCommands[2])}`);
  print(`peak memory, CLI on the seed report: ${seedMemory.toFixed(0)} MB (target ≤ 120 MB)`);

  // Throughput on one core, in this process (dictionaries warmed up first).
  const config = await configFromObject({ extends: 'recommended' });
  const unit = corpusSlice(UNIT_CHARS);
  const lint = (text: string) => lintSource(text, { config, filePath: 'bench.txt' });
  await lint(unit);
  const x100 = unit.repeat(100);
  const x1000 = unit.repeat(1000);
  // Segmentation first, before the large lint leaves a big heap behind.
  const segment = (text: string) => { for (const line of text.split('\n')) tag(line); };
  const tSeg = await timeInProcess(() => segment(x100));
  const nodejiebaTag = nodejiebaTagMs(loadNodejieba, x100);
  const t100 = await timeInProcess(() => lint(x100));
  const t1000 = await timeInProcess(() => lint(x1000));
  const rate = x1000.length / (t1000 / 1000);
  print(`bare segmentation of every line of 100× (the lint segments only the blocks a rule asks tokens for): nodejieba tag ${secs(nodejiebaTag)} = ${fmt(x100.length / (nodejiebaTag / 1000))} chars/s; our binding ${secs(tSeg)} = ${fmt(x100.length / (tSeg / 1000))} chars/s`);
  print(`default lint, one core: 100× (${fmt(x100.length)} chars) ${secs(t100)}; 1000× (${fmt(x1000.length)} chars) ${secs(t1000)} = ${fmt(rate)} chars/s (target ≥ 2,000,000); 1000×/100× time ${(t1000 / t100).toFixed(1)} (target ≤ 12)`);
  await benchModel(unit.repeat(quick ? 1 : 10), print);


  // Peers, on 10× the slice (they are slower; chars/s extrapolates).
  const x10 = unit.repeat(10);
  const require = createRequire(import.meta.url);
  const autocorrect = require('autocorrect-node') as { lintFor(text: string, file: string): unknown };
  const { run: zhlint } = (await import('zhlint')) as { run(text: string): unknown };
  autocorrect.lintFor(unit, 'bench.txt');
  zhlint(unit);
  const tAuto = await timeInProcess(() => autocorrect.lintFor(x10, 'bench.txt'));
  const tZh = await timeInProcess(() => zhlint(x10));
  const tOurs10 = await timeInProcess(() => lint(x10));
  for (const [name, ms] of [['gongwen-lint', tOurs10], ['autocorrect-node', tAuto], ['zhlint', tZh]] as const) {
    print(`  ${name.padEnd(17)} 10× (${fmt(x10.length)} chars) ${secs(ms)} = ${fmt(x10.length / (ms / 1000))} chars/s (${(tOurs10 / ms).toFixed(2)}× gongwen-lint's speed)`);
  }
  const zhCold = timeProcess(['--input-type=module', '-e', `const { run } = await import(${JSON.stringify(import.meta.resolve('zhlint'))}); run(${seedText});`]);
  print(`  cold start on the seed report: autocorrect-node ${secs(autoCold)}, zhlint ${secs(zhCold)}, gongwen-lint ${secs(cold)}`);

  await benchDocx(corpusSlice(UNIT_CHARS * 10), config, quick ? 50 : 500, print);

  // Memory and files on workers, through the CLI.
  const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-bench-'));
  try {
    const big = path.join(dir, 'big.txt');
    const tenMb = unit.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(unit)));
    writeFileSync(big, tenMb);
    print(`peak memory, CLI on a ${(Buffer.byteLength(tenMb) / 1048576).toFixed(1)} MB file (${fmt(tenMb.length)} chars): ${peakMemoryMb(['--format', 'json', '-o', path.join(dir, 'out.json'), big]).toFixed(0)} MB (target ≤ 300 MB)`);
    rmSync(big);

    const copies = quick ? 2 : 8;
    for (let c = 0; c < copies; c++) for (const file of CORPUS) writeFileSync(path.join(dir, `${c}-${path.basename(file)}`), readFileSync(file));
    const files = CORPUS.length * copies;
    const threads = availableParallelism();
    const runs = [[BIN, '--concurrency', 'off', '-f', 'json', '-o', 'a.json', '.'], [BIN, '--concurrency', String(threads), '-f', 'json', '-o', 'b.json', '.']];
    const rounds = quick ? 1 : 5;
    const [singleTimes, parallelTimes] = timeSideBySide(runs, rounds, dir);
    const [single, parallel] = [median(singleTimes), median(parallelTimes)];
    const same = readFileSync(path.join(dir, 'a.json'), 'utf8') === readFileSync(path.join(dir, 'b.json'), 'utf8');
    // The cold start (the model load, shared by the workers) is paid once either way.
    const lintOnly = (single - cold) / (parallel - cold);
    print(`${files} corpus files (${copies}× corpus), alternating, median of ${rounds}: one thread ${secs(single)}${cpuOf(runs[0])}, ${threads} threads (this one and ${threads - 1} worker${threads > 2 ? 's' : ''}) ${secs(parallel)}${cpuOf(runs[1])}: speed-up ${(single / parallel).toFixed(2)}× (target ≥ 1.7×), ${lintOnly.toFixed(2)}× after the cold start${same ? '' : ' (RESULTS DIFFER!)'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // The language server, in its own process (scripts/bench-lsp.ts).
  const lsp = spawnSync(process.execPath, [new URL('bench-lsp.js', import.meta.url).pathname, '--runs', quick ? '10' : '30'], { encoding: 'utf8' });
  print(`language server (targets: first diagnostics ≤ 500 ms, after an edit ≤ 50 ms):\n${lsp.stdout.trimEnd().replace(/^/gm, '  ')}`);
}

await main();
// Issue 10: no rule super-linear, one 10 MB line within 10 s and 400 MB; either failing fails the bench.
if (!benchSingleLine({ seedFile: SEED }) || !(await benchLinearity({ quick }))) process.exitCode = 1;
