import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { loadDictionary, type DICTIONARY_KINDS, type DictionaryKind } from '../../src/dict/load.js';
import { jiebaDataFile } from '../../src/nlp/jieba-data.js';
import type { Rule } from '../../src/engine/rule.js';
import { lintWithRule } from '../rule-tester.js';

/** The kinds whose entries are 「wrong → right」 substitutions. */
type SubstitutionKind = { [K in DictionaryKind]: (typeof DICTIONARY_KINDS)[K] extends 'substitution' ? K : never }[DictionaryKind];

/**
 * Recall over a substitution dictionary: every entry's own example, linted with the rule,
 * is flagged at the entry's wrong form (the load check only applies the entry alone; this runs
 * the whole rule, with segmentation and all entries together).
 */
export function testDictionaryExamples(rule: Rule<object>, kind: SubstitutionKind, settings = {}): void {
  it(`every example of dictionaries/${kind}.yml is flagged`, async () => {
    const missed: string[] = [];
    for (const entry of loadDictionary(kind).entries) {
      for (const example of entry.examples) {
        const messages = await lintWithRule(rule, example.from, 'case.txt', { settings });
        if (!messages.some((m) => m.actual === entry.wrong)) missed.push(`${entry.wrong}: ${example.from}`);
      }
    }
    expect(missed).toEqual([]);
  });
}

/**
 * Precision guard for substitution dictionaries: an entry whose wrong form two frequent words
 * can spell across their boundary (预防|犯罪 spells 防犯) must say `boundary: true` or list
 * the context in `allows`. Frequent = jieba dictionary frequency ≥ 2000.
 */
export function testNoCrossWordSpelling(kind: SubstitutionKind): void {
  it(`no entry of dictionaries/${kind}.yml is spelt across two frequent words unguarded`, () => {
    const words = frequentJiebaWords();
    const unguarded: string[] = [];
    for (const entry of loadDictionary(kind).entries) {
      if (entry.boundary === true) continue;
      const wrong = entry.wrong;
      for (let k = 1; k < wrong.length; k++) {
        const [head, tail] = [wrong.slice(0, k), wrong.slice(k)];
        const left = words.filter((w) => w.length > head.length && w.endsWith(head));
        const right = words.filter((w) => w.length > tail.length && w.startsWith(tail));
        for (const l of left.slice(0, 20)) {
          for (const r of right.slice(0, 20)) {
            const spelt = l + r;
            if (!entry.allows.some((context) => spelt.includes(context))) unguarded.push(`${wrong}: ${l}|${r}`);
          }
        }
      }
    }
    expect(unguarded).toEqual([]);
  });
}

let jiebaWords: string[] | undefined;
function frequentJiebaWords(): string[] {
  jiebaWords ??= readFileSync(jiebaDataFile('jieba.dict.utf8'), 'utf8')
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([word, frequency]) => word && word.length >= 2 && Number(frequency) >= 2000)
    .map(([word]) => word);
  return jiebaWords;
}
