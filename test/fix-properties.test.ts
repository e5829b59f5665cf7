import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { configFromObject } from '../src/config/load.js';
import type { ResolvedConfig } from '../src/config/types.js';
import { applyFixes, fixUntilStable } from '../src/engine/fixer.js';
import { lintSource } from '../src/engine/lint.js';
import { loadAllRules } from '../src/engine/registry.js';
import { fixText } from '../src/api.js';
import type { Fix, LintMessage } from '../src/types.js';
import { SEED, SHARED, describeWithShared } from './helpers/paths.js';

const CORPUS = path.join(SHARED, 'corpus');

let everyRule: ResolvedConfig;
beforeAll(async () => {
  const rules = Object.fromEntries((await loadAllRules()).map((rule) => [rule.meta.id, 'error' as const]));
  everyRule = await configFromObject({ extends: [], rules });
}, 60_000);

/** The fixes applyFixes takes in one pass: in order, skipping any that overlaps or touches an earlier one. */
function accepted(fixes: readonly Fix[]): Fix[] {
  let last = -1;
  return [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]).filter((fix) => {
    if (fix.range[0] <= last) return false;
    last = fix.range[1];
    return true;
  });
}

/** Every character outside the fixed ranges is still there, in order, at the shifted place. */
function expectOnlyFixedRangesChanged(text: string, output: string, fixes: readonly Fix[]): void {
  let shift = 0;
  let cursor = 0;
  for (const fix of accepted(fixes)) {
    expect(output.slice(cursor + shift, fix.range[0] + shift)).toBe(text.slice(cursor, fix.range[0]));
    expect(output.slice(fix.range[0] + shift, fix.range[0] + shift + fix.text.length)).toBe(fix.text);
    shift += fix.text.length - (fix.range[1] - fix.range[0]);
    cursor = fix.range[1];
  }
  expect(output.slice(cursor + shift)).toBe(text.slice(cursor));
}

const key = (m: LintMessage) => `${m.ruleId}\u0000${m.actual ?? ''}\u0000${m.fix?.text}`;

async function checkFixing(text: string, filePath: string): Promise<void> {
  const lint = async (t: string) => (await lintSource(t, { config: everyRule, filePath })).messages;
  const first = await lint(text);
  const fixes = first.filter((m) => m.fix).map((m) => m.fix!);
  for (const m of first) {
    expect(m.range[0]).toBeGreaterThanOrEqual(0);
    expect(m.range[1]).toBeLessThanOrEqual(text.length);
    if (m.fix) expect(m.fix.range[1]).toBeLessThanOrEqual(text.length);
  }
  expectOnlyFixedRangesChanged(text, applyFixes(text, fixes).output, fixes);
  const fixed = await fixText(text, { config: everyRule, filePath });
  // A fix may reveal a problem (,， → ，，) that is reported, never applied in the same run; the next
  // run applies it, as the user has seen it: runs of --fix converge.
  let output = fixed.output;
  for (let run = 0; run < 5; run++) {
    const next = (await fixText(output, { config: everyRule, filePath })).output;
    if (next === output) break;
    output = next;
  }
  expect((await fixText(output, { config: everyRule, filePath })).output).toBe(output);
  const remaining = new Set(fixed.messages.filter((m) => m.fix).map(key));
  const appliedFirst = accepted(fixes);
  for (const m of first) if (m.fix && appliedFirst.includes(m.fix) && remaining.has(key(m))) {
    // A fix applied in pass one must not be reported again unless the same text recurs elsewhere.
    expect(fixed.output.split(String(m.actual ?? '\u0000')).length).toBeGreaterThan(1);
  }
}

describe('applyFixes and fixUntilStable', () => {
  it('keeps every character outside non-overlapping fixes', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.array(fc.tuple(fc.nat(60), fc.nat(5), fc.string({ maxLength: 4 })), { maxLength: 8 }), (text, raw) => {
      const fixes = raw.map(([start, length, t]): Fix => ({ range: [Math.min(start, text.length), Math.min(start + length, text.length)], text: t }));
      const { output, applied } = applyFixes(text, fixes);
      expect(applied).toBe(accepted(fixes).length);
      expectOnlyFixedRangesChanged(text, output, fixes);
    }));
  });

  it('applies no fix that the first lint did not report', async () => {
    const flip = async (t: string) => [{ ruleId: 'flip', fix: { range: [0, 1], text: t[0] === 'a' ? 'b' : 'a' } } as LintMessage];
    expect(await fixUntilStable('a', flip)).toEqual({ output: 'b', passes: 1 });
    const grow = async (t: string) => [{ ruleId: 'grow', fix: { range: [t.length, t.length], text: 'x' } } as LintMessage];
    expect(await fixUntilStable('', grow)).toEqual({ output: 'x', passes: 1 });
  });
});

const PIECES = [
  '围绕', '围绕围绕', '的的', '我们', '坚持', '。', '，', ',', '.', '；', '：', '“', '”', '"', '（', '(', ')', '）', '《', '》', '、', '——', '…',
  '2024年', '１２３', '3.5%', '百分之五', '第一', '一、', '（一）', '1.', ' ', '\u00a0', '\u3000', '\t', '\n', '\r\n', '\n\n',
  '*', '**', '_', '`', '# ', '- ', '  - ', '1. ', '> ', '[链接](http://example.com)', '<b>', '|', '\ufeff', '😀', '👨‍👩‍👧',
  '\ud800', '\udc00', 'a', 'GDP', '——', '、、', '。。', '，，', '国务院', '人民政府',
];
const document = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join(''));

describe('a problem that a fix reveals', () => {
  it('is reported, not applied, and the next run applies it: 工作,，任务。 → 工作，，任务。 → 工作，任务。', async () => {
    const once = await fixText('工作,，任务。', { config: everyRule, filePath: 'a.txt' });
    expect(once.output).toBe('工作，，任务。');
    expect(once.messages.map((m) => m.ruleId)).toContain('no-repeated-punctuation');
    expect((await fixText(once.output, { config: everyRule, filePath: 'a.txt' })).output).toBe('工作，任务。');
  });
});

describe('every rule on generated and adversarial text', () => {
  it('never crashes, keeps ranges inside the text, fixes only what it flags, stabilises', async () => {
    await fc.assert(fc.asyncProperty(document, fc.constantFrom('a.txt', 'a.md'), (text, file) => checkFixing(text, file)), { numRuns: 60 });
  }, 60_000);

  it('the same on the seed report', async () => {
    await checkFixing(readFileSync(SEED, 'utf8'), 'report.txt');
  }, 60_000);
});

describeWithShared('corpus', 'every rule on corpus excerpts', () => {
  it('never crashes, keeps ranges inside the text, fixes only what it flags, stabilises', async () => {
    // Excerpts of three reports (every rule lints each excerpt about eight times here, likely-typo
    // being by far the slowest); the generated documents above are the adversarial cases.
    for (const name of readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).slice(0, 3)) {
      const text = readFileSync(path.join(CORPUS, name), 'utf8').slice(0, 2000);
      await checkFixing(text, name);
      await checkFixing(text.replace(/\n/g, '\r\n'), name.replace(/\.txt$/, '.md'));
    }
  }, 120_000);
});
