import { describe, expect, it } from 'vitest';
import { loadDictionary } from '../../src/dict/load.js';
import rule from '../../rules/fixed-phrase.js';
import { testRule } from '../rule-tester.js';
import { testDictionaryExamples, testNoCrossWordSpelling } from './dictionary-examples.js';

testRule(rule);
describe('fixed-phrases dictionary', () => {
  testNoCrossWordSpelling('fixed-phrases');
  testDictionaryExamples(rule, 'fixed-phrases');
  it('shares no wrong form with the typo dictionary (one error, one rule)', () => {
    const typos = loadDictionary('typos').entries.map((entry) => entry.wrong);
    const shared = loadDictionary('fixed-phrases').entries.filter((entry) => typos.some((typo) => entry.wrong.includes(typo) || typo.includes(entry.wrong)));
    expect(shared.map((entry) => entry.wrong)).toEqual([]);
  });
});
