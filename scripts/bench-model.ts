/**
 * The proofreading model's benchmark (part of `npm run bench`): loading the model in a fresh
 * process (time and memory), and the likely-typo rule's throughput with the strict preset's
 * threshold, on the given text.
 */
import { execFileSync } from 'node:child_process';
import { configFromObject } from '../src/config/load.js';
import { lintSource } from '../src/engine/lint.js';
import { readPreset } from '../src/config/presets.js';

export async function benchModel(text: string, print: (line: string) => void): Promise<void> {
  const load = new URL('../src/model/load.js', import.meta.url).href;
  const script = `const { loadModel } = await import(${JSON.stringify(load)});
const rss = process.memoryUsage().rss; const t = performance.now(); const cpu = process.cpuUsage(); loadModel(); const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ ms: performance.now() - t, cpu: (used.user + used.system) / 1000, mb: (process.memoryUsage().rss - rss) / 1048576 }));`;
  const runs = [0, 1, 2].map(() => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { ms: number; cpu: number; mb: number });
  const median = (key: 'ms' | 'cpu') => runs.map((r) => r[key]).sort((a, b) => a - b)[1].toFixed(0);
  // CPU time too: on a shared machine the wall clock also counts other processes.
  print(`model load (fresh process, median of 3): ${median('ms')} ms, ${median('cpu')} ms CPU (target ≤ 150), +${Math.max(...runs.map((r) => r.mb)).toFixed(0)} MB resident (target ≤ 120)`);

  const strict = readPreset('strict')?.rules?.['likely-typo'];
  const config = await configFromObject({ rules: { 'likely-typo': strict ?? 'warn' } });
  await lintSource(text.slice(0, 1000), { config, filePath: 'bench.txt' });
  const started = performance.now();
  const cpu = process.cpuUsage();
  await lintSource(text, { config, filePath: 'bench.txt' });
  const ms = performance.now() - started;
  const cpuMs = process.cpuUsage(cpu).user / 1000;
  const rate = (time: number) => Math.round(text.length / (time / 1000)).toLocaleString('en-US');
  print(`likely-typo alone (strict threshold), one core: ${text.length.toLocaleString('en-US')} chars in ${(ms / 1000).toFixed(2)} s = ${rate(ms)} chars/s (${rate(cpuMs)} chars per CPU second)`);
}
