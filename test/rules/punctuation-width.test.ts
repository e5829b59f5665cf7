import { expect, it } from 'vitest';
import rule from '../../rules/punctuation-width.js';
import { lintWithRule, testRule } from '../rule-tester.js';

testRule(rule);

it('leaves the dot after a bracketed ordinal to ordinal-punctuation (it is dropped, not made 。)', async () => {
  expect(await lintWithRule(rule, '（一）.组织推动有力有效。')).toEqual([]);
});

it('converts a run of half-width marks at once, so one pass fixes 吗?!', async () => {
  const messages = await lintWithRule(rule, '这难道不是问题吗?!');
  expect(messages.map((m) => [m.actual, m.expected])).toEqual([['?!', '？！']]);
});
