/**
 * Lints the clean corpus (../shared/corpus, real published official texts) and prints every
 * message with its context and the rate per 10,000 characters: the precision number we track.
 *
 *   npx tsx scripts/false-alarms.ts                      # the recommended preset
 *   npx tsx scripts/false-alarms.ts --rule typo          # one rule, whatever the preset says
 *   npx tsx scripts/false-alarms.ts --preset strict
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { configFromObject } from '../src/config/load.js';
import { lintSource } from '../src/engine/lint.js';
import { packageRoot } from '../src/package-root.js';

export const CORPUS_DIR = path.resolve(packageRoot(), '..', 'shared', 'corpus');

export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(CORPUS_DIR, name));
}

/** Han characters and letters/digits: the size measure for "per 10,000 characters". */
export function countCharacters(text: string): number {
  return text.replace(/\s/g, '').length;
}

async function main() {
  const { values } = parseArgs({ options: { rule: { type: 'string', multiple: true }, preset: { type: 'string' }, quiet: { type: 'boolean' } } });
  const rules = Object.fromEntries((values.rule ?? []).map((id) => [id, 'error' as const]));
  const config = await configFromObject(
    values.rule ? { extends: [], rules } : { extends: values.preset ?? 'recommended' },
  );
  let characters = 0;
  let alarms = 0;
  const byRule = new Map<string, number>();
  for (const file of corpusFiles()) {
    const text = readFileSync(file, 'utf8');
    characters += countCharacters(text);
    const { messages } = await lintSource(text, { config, filePath: file });
    for (const m of messages) {
      alarms++;
      byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
      if (!values.quiet) {
        const context = text.slice(Math.max(0, m.range[0] - 12), m.range[1] + 12).replace(/\s+/g, ' ');
        console.log(`${path.basename(file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}  …${context}…`);
      }
    }
  }
  console.log(`\n${characters} characters, ${alarms} messages, ${((alarms / characters) * 10000).toFixed(2)} per 10,000 characters`);
  for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${rule}: ${count}`);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) await main();
