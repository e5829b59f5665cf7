/**
 * Where the default lint's steady-state time goes (not a test, not part of `npm run bench`):
 * segmentation and each rule of the recommended preset, on 100× a 10,000-character slice of
 * the corpus. Every rule's create() and handlers are wrapped with a clock, and a block's tokens
 * are made (and timed as segmentation) before the first rule that needs them sees the block;
 * the rest is the engine (blocks, positions, reports, garbage collection). Wall time of the
 * best of 3 runs: on a busy machine the shares are the useful part.
 *
 *   npm run build && npx tsx scripts/profile-rules.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { configFromObject } from '../src/config/load.js';
import { lintSource } from '../src/engine/lint.js';
import { loadRule } from '../src/engine/registry.js';
import { packageRoot } from '../src/package-root.js';

const CORPUS = path.resolve(packageRoot(), '..', 'shared', 'corpus');
const lines = readdirSync(CORPUS)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .flatMap((file) => readFileSync(path.join(CORPUS, file), 'utf8').split('\n').filter((line) => line.trim()));
let unit = '';
for (const line of lines) {
  if (unit.length >= 10_000) break;
  unit += `${line}\n`;
}
const text = unit.repeat(100);

type Handler = (this: unknown, ...args: unknown[]) => unknown;
const spent = new Map<string, number>();
const charge = (part: string, started: number) => spent.set(part, (spent.get(part) ?? 0) + performance.now() - started);

/** Times the handlers a rule's create() returns, and segments a block before a rule that needs tokens. */
function clocked(id: string, handlers: Record<string, unknown>, needsTokens: boolean): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => [
      name,
      typeof handler !== 'function'
        ? handler
        : function (this: unknown, ...args: unknown[]) {
            if (needsTokens && name !== 'documentEnd') {
              const started = performance.now();
              void (args[0] as { tokens: unknown }).tokens;
              charge('segmentation', started);
            }
            const started = performance.now();
            try {
              return (handler as Handler).apply(this, args);
            } finally {
              charge(id, started);
            }
          },
    ]),
  );
}

const recommended = await configFromObject({ extends: 'recommended' });
const enabled = Object.keys(recommended.rules).filter((id) => recommended.rules[id].level !== 'off');
for (const id of enabled) {
  const rule = await loadRule(id);
  const create = rule.create;
  const needsTokens = rule.meta.needs?.includes('tokens') ?? false;
  rule.create = (context) => {
    const started = performance.now();
    const handlers = create.call(rule, context) as Record<string, unknown>;
    charge(id, started);
    return clocked(id, handlers, needsTokens) as typeof handlers;
  };
}
const lint = () => lintSource(text, { config: recommended, filePath: 'profile.txt' });
await lint(); // loads every rule, dictionary and the model

let best: { total: number; parts: Map<string, number> } | undefined;
for (let run = 0; run < 3; run++) {
  spent.clear();
  const started = performance.now();
  await lint();
  const total = performance.now() - started;
  if (!best || total < best.total) best = { total, parts: new Map(spent) };
}
const { total, parts } = best!;
const engine = total - [...parts.values()].reduce((sum, ms) => sum + ms, 0);
const share = (ms: number) => `${((100 * ms) / total).toFixed(0)} %`;
console.log(`${text.length.toLocaleString('en-US')} characters; default lint ${total.toFixed(0)} ms = ${((text.length / total) * 1000).toLocaleString('en-US', { maximumFractionDigits: 0 })} chars/s`);
console.log('| part | ms | share |\n| --- | --- | --- |');
for (const [part, ms] of [...parts].sort((a, b) => b[1] - a[1])) console.log(`| ${part} | ${ms.toFixed(0)} | ${share(ms)} |`);
console.log(`| the rest: engine (blocks, positions, reports), garbage collection | ${engine.toFixed(0)} | ${share(engine)} |`);
