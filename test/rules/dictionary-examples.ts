import { expect, it } from 'vitest';
import { loadDictionary, type DictionaryKind } from '../../src/dict/load.js';
import type { Rule } from '../../src/engine/rule.js';
import { lintWithRule } from '../rule-tester.js';

/**
 * Recall over a substitution dictionary: every entry's own example, linted with the rule,
 * is flagged at the entry's wrong form (the load check only applies the entry alone; this runs
 * the whole rule, with segmentation and all entries together).
 */
export function testDictionaryExamples(rule: Rule<object>, kind: DictionaryKind, settings = {}): void {
  it(`every example of dictionaries/${kind}.yml is flagged`, async () => {
    const missed: string[] = [];
    for (const entry of loadDictionary(kind).entries) {
      for (const example of entry.examples as Array<{ from: string }>) {
        const messages = await lintWithRule(rule, example.from, 'case.txt', { settings });
        if (!messages.some((m) => m.actual === entry.wrong)) missed.push(`${entry.wrong}: ${example.from}`);
      }
    }
    expect(missed).toEqual([]);
  });
}
