/**
 * Recall of the punctuation rules: plants one punctuation error at a time into the corpus
 * reports (1986 onwards: simplified script, modern conventions) and counts how often the rule
 * meant for it reports something new. Deterministic (fixed seed). The corpus holds no ellipsis,
 * so `ellipsis` is measured by its examples only.
 *
 *   npx tsx scripts/punctuation-recall.ts            # 8 errors per report and kind
 *   npx tsx scripts/punctuation-recall.ts --show     # also print missed cases
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ResolvedConfig } from '../src/config/types.js';
import { lintSource } from '../src/engine/lint.js';
import { corpusFiles } from './false-alarms.js';

interface Plant {
  name: string;
  rule: string;
  /** Where the error can be planted; the whole match is replaced. */
  at: RegExp;
  replace: (match: string) => string;
}

const PLANTS: Plant[] = [
  { name: '，→,', rule: 'punctuation-width', at: /，/g, replace: () => ',' },
  { name: '。→.', rule: 'punctuation-width', at: /(?<=[\u4e00-\u9fff])。/g, replace: () => '.' },
  { name: '：→:', rule: 'punctuation-width', at: /：/g, replace: () => ':' },
  { name: '（…）→(…)', rule: 'punctuation-width', at: /（[^（）]*）/g, replace: (m) => `(${m.slice(1, -1)})` },
  { name: '“…”→"…"', rule: 'punctuation-width', at: /“[^“”]*”/g, replace: (m) => `"${m.slice(1, -1)}"` },
  { name: '，→，，', rule: 'no-repeated-punctuation', at: /，/g, replace: () => '，，' },
  { name: '、→、、', rule: 'no-repeated-punctuation', at: /、/g, replace: () => '、、' },
  { name: '” dropped', rule: 'paired-punctuation', at: /”/g, replace: () => '' },
  { name: '“ dropped', rule: 'paired-punctuation', at: /“/g, replace: () => '' },
  { name: '》 dropped', rule: 'paired-punctuation', at: /》/g, replace: () => '' },
  { name: '（ dropped', rule: 'paired-punctuation', at: /（/g, replace: () => '' },
  { name: '——→--', rule: 'dash', at: /(?<!—)——(?!—)/g, replace: () => '--' },
  { name: '——→—', rule: 'dash', at: /(?<!—)——(?!—)/g, replace: () => '—' },
  { name: '”“→”、“', rule: 'no-dunhao-between-quotes', at: /”(?=“)/g, replace: () => '”、' },
  { name: '。→？。', rule: 'question-exclamation-combination', at: /。/g, replace: () => '？。' },
  { name: 'final 。 dropped', rule: 'paragraph-end-punctuation', at: /。(?=[ \t]*$)/gm, replace: () => '' },
];

const PER_REPORT = 8;
const MODERN_FROM = 1986;

function configFor(rule: string): ResolvedConfig {
  return { rules: { [rule]: { level: 'error', options: {} } }, dictionaries: [], allow: [], settings: {}, ignorePatterns: [] };
}

async function main() {
  const { values } = parseArgs({ options: { show: { type: 'boolean' } } });
  const texts = corpusFiles()
    .filter((file) => Number(path.basename(file).match(/\d{4}/)?.[0]) >= MODERN_FROM)
    .map((file) => readFileSync(file, 'utf8'));
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (const plant of PLANTS) {
    const config = configFor(plant.rule);
    const count = async (text: string) => (await lintSource(text, { config, filePath: 'report.txt' })).messages.length;
    let planted = 0;
    let found = 0;
    for (const text of texts) {
      const sites = [...text.matchAll(plant.at)];
      if (sites.length === 0) continue;
      const before = await count(text);
      for (let k = 0; k < PER_REPORT; k++) {
        const site = sites[random(sites.length)];
        const replacement = plant.replace(site[0]);
        const withError = text.slice(0, site.index) + replacement + text.slice(site.index + site[0].length);
        planted++;
        if ((await count(withError)) > before) found++;
        else if (values.show) console.log(`  miss ${plant.name}: …${withError.slice(Math.max(0, site.index - 15), site.index + 15).replace(/\n/g, '⏎')}…`);
      }
    }
    const rate = planted ? ((found / planted) * 100).toFixed(0) : '—';
    console.log(`${plant.name.padEnd(16)} ${plant.rule.padEnd(34)} ${found}/${planted} (${rate}%)`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) await main();
