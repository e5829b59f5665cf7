/**
 * The proofreading model's benchmark (part of `npm run bench`): loading the model in a fresh
 * process (time and memory), and the likely-typo rule's throughput with the strict preset's
 * threshold, on the given text: alone, and the default lint without and with it.
 */
import { execFileSync } from 'node:child_process';
import { configFromObject } from '../src/config/load.js';
import { lintSource } from '../src/engine/lint.js';
import { readPreset } from '../src/config/presets.js';
import { probeStats } from '../src/model/format.js';

export async function benchModel(text: string, print: (line: string) => void): Promise<void> {
  const load = new URL('../src/model/load.js', import.meta.url).href;
  const script = `const { loadModel } = await import(${JSON.stringify(load)});
const rss = process.memoryUsage().rss; const t = performance.now(); const cpu = process.cpuUsage(); loadModel(); const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ ms: performance.now() - t, cpu: (used.user + used.system) / 1000, mb: (process.memoryUsage().rss - rss) / 1048576 }));`;
  const runs = [0, 1, 2, 3, 4].map(() => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { ms: number; cpu: number; mb: number });
  const median = (key: 'ms' | 'cpu') => runs.map((r) => r[key]).sort((a, b) => a - b)[2].toFixed(0);
  // CPU time too: on a shared machine the wall clock also counts other processes.
  print(`model load (fresh process, median of 5): ${median('ms')} ms, ${median('cpu')} ms CPU (target ≤ 150), +${Math.max(...runs.map((r) => r.mb)).toFixed(0)} MB resident (target ≤ 120)`);

  const strict = readPreset('strict')?.rules?.['likely-typo'];
  const alone = await configFromObject({ rules: { 'likely-typo': strict ?? 'warn' } });
  const recommended = await configFromObject({ extends: 'recommended' });
  const withModel = await configFromObject({ extends: 'recommended', rules: { 'likely-typo': strict ?? 'warn' } });
  // CPU time of this process: on a shared machine the wall clock also counts other processes.
  const cpuMs = async (config: typeof alone) => {
    const cpu = process.cpuUsage();
    await lintSource(text, { config, filePath: 'bench.txt' });
    return process.cpuUsage(cpu).user / 1000;
  };
  for (const config of [alone, recommended, withModel]) await lintSource(text.slice(0, 1000), { config, filePath: 'bench.txt' });
  const times = { alone: [] as number[], recommended: [] as number[], withModel: [] as number[] };
  let probes = 0;
  for (let run = 0; run < 5; run++) {
    const before = probeStats.probes;
    times.alone.push(await cpuMs(alone));
    probes = probeStats.probes - before;
    times.recommended.push(await cpuMs(recommended));
    times.withModel.push(await cpuMs(withModel));
  }
  const rate = (runs: number[]) => Math.round(text.length / (runs.sort((a, b) => a - b)[2] / 1000)).toLocaleString('en-US');
  print(`likely-typo (strict threshold), ${text.length.toLocaleString('en-US')} chars, chars per CPU second, median of 5 alternating: alone ${rate(times.alone)}; default lint ${rate(times.recommended)}, with likely-typo ${rate(times.withModel)} (target ≥ 1,000,000)`);
  // Each probe of the model's big tables is a cache miss: the figure that moves the rule's speed.
  print(`likely-typo: ${(probes / text.length).toFixed(2)} probes of the model's big tables per character`);
}
