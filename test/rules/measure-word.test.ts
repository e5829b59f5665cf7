import { expect, it } from 'vitest';
import rule from '../../rules/measure-word.js';
import { loadDictionary } from '../../src/dict/load.js';
import { lintWithRule, testRule } from '../rule-tester.js';

testRule(rule);

it('restores the classifier of every example in dictionaries/measure-words.yml', async () => {
  const missed: string[] = [];
  for (const entry of loadDictionary('measure-words').entries) {
    const classifiers = [entry.classifier].flat().map(String);
    for (const example of entry.examples) {
      const counted = new RegExp(`(\\d+)(${classifiers.join('|')})(?=[^\\d]{0,6}${entry.word})`).exec(example);
      if (!counted) {
        missed.push(`${entry.word}: 例句「${example}」没有“数字+${classifiers.join('/')}”`);
        continue;
      }
      const stripped = example.slice(0, counted.index + counted[1].length) + example.slice(counted.index + counted[0].length);
      const messages = await lintWithRule(rule, stripped, 'case.txt');
      const restores = messages.some((m) => m.expected?.startsWith(counted[1] + classifiers[0]) && m.actual?.endsWith(entry.word));
      if (!restores) missed.push(`${entry.word}: ${stripped} → ${JSON.stringify(messages.map((m) => [m.actual, m.expected]))}`);
    }
  }
  expect(missed).toEqual([]);
});

it('only suggests a classifier when a noun follows the dictionary head (10|标准|重力加速度: the head may be 加速度)', async () => {
  const messages = await lintWithRule(rule, '振动加速度大于10标准重力加速度的，应当停机检查。', 'case.txt');
  expect(messages.filter((m) => m.fix)).toEqual([]);
});
