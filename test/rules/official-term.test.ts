import { describe, expect, it } from 'vitest';
import { loadDictionary } from '../../src/dict/load.js';
import { applyFixes } from '../../src/engine/fixer.js';
import rule from '../../rules/official-term.js';
import { lintWithRule, testRule } from '../rule-tester.js';
import { testDictionaryExamples, testNoCrossWordSpelling } from './dictionary-examples.js';

testRule(rule);
describe('official-terms and official-sets dictionaries', () => {
  testNoCrossWordSpelling('official-terms');
  testDictionaryExamples(rule, 'official-terms', { documentDate: '2024' });

  it('every ordered set has at least two distinct items', () => {
    for (const entry of loadDictionary('official-sets').entries) {
      const items = entry.items as unknown;
      expect(Array.isArray(items) && items.length >= 2 && new Set(items).size === items.length, entry.word).toBe(true);
    }
  });

  it('every ordered set, reversed, is put back in order (in a document of a year it applies to)', async () => {
    for (const entry of loadDictionary('official-sets').entries) {
      const items = entry.items as string[];
      const year = entry.validFrom ?? (entry.validUntil !== undefined ? Number(entry.validUntil) - 1 : 2024);
      const text = `坚持${[...items].reverse().join('、')}。`;
      const messages = await lintWithRule(rule, text, 'case.txt', { settings: { documentDate: String(year) } });
      const output = applyFixes(text, messages.flatMap((m) => (m.fix ? [m.fix] : []))).output;
      expect(output, entry.word).toBe(`坚持${items.join('、')}。`);
    }
  });

  it('judges dated formulations by the latest year the document mentions', async () => {
    const old = await lintWithRule(rule, '2014年工作回顾。\n坚定“三个自信”。\n');
    expect(old).toEqual([]);
    const recent = await lintWithRule(rule, '2014年以来，特别是2023年，我们坚定“三个自信”。\n');
    expect(recent.map((m) => m.actual)).toEqual(['三个自信']);
  });
});
