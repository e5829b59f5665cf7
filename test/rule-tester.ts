/**
 * A rule tester in the spirit of ESLint's RuleTester. The cases are the rule's own
 * meta.examples (the single source for tests and docs). For every case it:
 * - lints the text as plain text with only this rule on, and checks the messages
 *   (messageId, the flagged text, ranges inside the text, suggestion outputs);
 * - applies the fixes until stable and compares with `output`, then re-lints the output;
 * - re-runs the case inside Markdown (heading, list item, blockquote) and with CRLF line
 *   endings on a second line, expecting the same findings at the shifted positions.
 * It rejects duplicate cases, unknown messageIds and messageIds no invalid case uses.
 */
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../src/config/types.js';
import { applyFixes, fixUntilStable } from '../src/engine/fixer.js';
import { lintSource } from '../src/engine/lint.js';
import type { InvalidExample, Rule, Settings, ValidExample } from '../src/engine/rule.js';
import type { LintMessage } from '../src/types.js';

export function configWith(ruleId: string, options: Record<string, unknown> = {}, settings: Settings = {}): ResolvedConfig {
  return { rules: { [ruleId]: { level: 'error', options } }, dictionaries: [], allow: [], settings, ignorePatterns: [] };
}

export async function lintWithRule(
  rule: Rule<object>,
  text: string,
  filePath = 'case.txt',
  example: Pick<ValidExample, 'options' | 'settings'> = {},
): Promise<LintMessage[]> {
  const config = configWith(rule.meta.id, example.options, example.settings);
  return (await lintSource(text, { config, filePath })).messages;
}

interface Variant {
  name: string;
  filePath: string;
  wrap: (text: string) => string;
}

const SINGLE_LINE_VARIANTS: Variant[] = [
  { name: 'Markdown 标题', filePath: 'case.md', wrap: (t) => `# ${t}\n` },
  { name: 'Markdown 列表项', filePath: 'case.md', wrap: (t) => `- ${t}\n` },
  { name: 'Markdown 引用', filePath: 'case.md', wrap: (t) => `> ${t}\n` },
  { name: 'CRLF 第二行', filePath: 'case.txt', wrap: (t) => `前言。\r\n${t}\r\n` },
];
const MULTI_LINE_VARIANTS: Variant[] = [{ name: 'CRLF', filePath: 'case.txt', wrap: (t) => t.replace(/\r?\n/g, '\r\n') }];

export function testRule(rule: Rule<object>): void {
  const { meta } = rule;
  const valid: ValidExample[] = meta.examples.valid.map((v) => (typeof v === 'string' ? { text: v } : v));
  const invalid: InvalidExample[] = meta.examples.invalid;

  describe(`规则 ${meta.id}`, () => {
    it('meta is complete and examples are well-formed', () => {
      expect(meta.title, 'title').toBeTruthy();
      expect(meta.description, 'description').toBeTruthy();
      expect(valid.length, 'at least one valid example').toBeGreaterThan(0);
      expect(invalid.length, 'at least one invalid example').toBeGreaterThan(0);
      const texts = [...valid, ...invalid].map((c) => JSON.stringify([c.text, c.options ?? null, c.settings ?? null]));
      const duplicates = texts.filter((t, i) => texts.indexOf(t) !== i);
      expect(duplicates, 'duplicate cases').toEqual([]);
      const used = new Set(invalid.flatMap((c) => c.errors.flatMap((e) => [e.messageId])));
      for (const id of used) expect(meta.messages, `unknown messageId "${id}"`).toHaveProperty(id);
      for (const id of Object.keys(meta.messages)) {
        const usedAsSuggestion = /suggest/i.test(id);
        expect(used.has(id) || usedAsSuggestion, `messageId "${id}" is used by no invalid example`).toBe(true);
      }
      if (meta.fixable !== 'safe') expect(invalid.every((c) => c.output === undefined), 'only safe-fixable rules have outputs').toBe(true);
    });

    for (const example of valid) {
      it(`valid: ${example.text}`, async () => {
        for (const variant of variantsOf(example)) {
          const messages = await lintWithRule(rule, variant.wrap(example.text), variant.filePath, example);
          expect(messages.map(describeMessage), variant.name).toEqual([]);
        }
      });
    }

    for (const example of invalid) {
      it(`invalid: ${example.text}`, async () => {
        await checkInvalid(rule, example, { name: '纯文本', filePath: 'case.txt', wrap: (t) => t });
        for (const variant of variantsOf(example)) await checkInvalid(rule, example, variant);
      });
    }
  });
}

function variantsOf(example: ValidExample): Variant[] {
  if (example.markdown === false) return [];
  return /\n/.test(example.text) ? MULTI_LINE_VARIANTS : SINGLE_LINE_VARIANTS;
}

async function checkInvalid(rule: Rule<object>, example: InvalidExample, variant: Variant): Promise<void> {
  const label = `${variant.name}: ${example.text}`;
  const text = variant.wrap(example.text);
  const messages = await lintWithRule(rule, text, variant.filePath, example);
  expect(messages.map((m) => m.messageId), `${label} — messageIds`).toEqual(example.errors.map((e) => e.messageId));

  messages.forEach((message, index) => {
    const expected = example.errors[index];
    const [start, end] = message.range;
    expect(start >= 0 && start <= end && end <= text.length, `${label} — range inside the text`).toBe(true);
    expect(text.slice(start, end), `${label} — range covers the flagged text`).toBe(message.actual);
    if (expected.actual !== undefined) expect(message.actual, `${label} — flagged text`).toBe(expected.actual);
    if (message.fix) {
      const [fixStart, fixEnd] = message.fix.range;
      expect(fixStart >= 0 && fixStart <= fixEnd && fixEnd <= text.length, `${label} — fix range inside the text`).toBe(true);
    }
    if (expected.suggestions !== undefined) {
      const outputs = (message.suggestions ?? []).map((s) => applyFixes(text, [s.fix]).output);
      expect(outputs, `${label} — suggestions`).toEqual(expected.suggestions.map(variant.wrap));
    }
  });

  const lint = async (t: string) => lintWithRule(rule, t, variant.filePath, example);
  const { output } = await fixUntilStable(text, lint);
  expect(output, `${label} — output after fixes`).toBe(variant.wrap(example.output ?? example.text));
  if (example.output !== undefined && messages.every((m) => m.fix)) {
    expect((await lint(output)).map(describeMessage), `${label} — re-lint after fixes`).toEqual([]);
  }
}

function describeMessage(m: LintMessage): string {
  return `${m.line}:${m.column} ${m.ruleId}/${m.messageId} “${m.actual}” ${m.message}`;
}
