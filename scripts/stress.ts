/**
 * Stress measurements for large and pathological inputs, with every rule enabled:
 *   npx tsx scripts/stress.ts [--scale 1]
 * Prints time and heap per input at size n and 2n: linear inputs take about twice as long.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configFromObject } from '../src/config/load.js';
import { lintSource } from '../src/engine/lint.js';
import { loadAllRules } from '../src/engine/registry.js';

const scale = Number(process.argv[process.argv.indexOf('--scale') + 1]) || 1;
const MB = 1 << 20;
const seed = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'shared', 'seed', 'report.txt'), 'utf8');
const randomUnicode = (n: number) => {
  let s = '';
  let x = 12345;
  while (s.length < n) s += String.fromCodePoint(((x = (x * 1103515245 + 12345) >>> 0) % 0x2ffff) + 1);
  return s.slice(0, n);
};
const inputs: Array<[string, (n: number) => string, string]> = [
  ['10 MB-scale document (seed repeated)', (n) => seed.repeat(Math.ceil(n / seed.length)).slice(0, n), 'a.txt'],
  ['one line, no punctuation', (n) => '我们坚持围绕中心工作推进改革发展'.repeat(n / 16), 'a.txt'],
  ['one repeated character', (n) => '的'.repeat(n), 'a.txt'],
  ['repeated word pair', (n) => '围绕'.repeat(n / 2), 'a.md'],
  ['random Unicode', randomUnicode, 'a.md'],
  ['Markdown emphasis soup', (n) => '*围绕**的*_'.repeat(n / 10), 'a.md'],
];

const rules = Object.fromEntries((await loadAllRules()).map((rule) => [rule.meta.id, 'error' as const]));
const config = await configFromObject({ extends: [], rules });
for (const [name, make, filePath] of inputs) {
  const sizes = name.startsWith('10 MB') ? [5 * MB * scale, 10 * MB * scale] : [MB / 2 * scale, MB * scale];
  const row: string[] = [];
  for (const size of sizes) {
    const text = make(size);
    globalThis.gc?.();
    const started = performance.now();
    const result = await lintSource(text, { config, filePath });
    const ms = performance.now() - started;
    row.push(`${(text.length / MB).toFixed(1)}M chars ${(ms / 1000).toFixed(2)} s, ${result.messages.length} msgs, heap ${(process.memoryUsage().heapUsed / MB).toFixed(0)} MB, rss ${(process.memoryUsage().rss / MB).toFixed(0)} MB`);
  }
  console.log(`${name}: ${row.join(' | ')}`);
}
