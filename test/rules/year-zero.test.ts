import rule from '../../rules/year-zero.js';
import { describe, expect, it } from 'vitest';
import { lintWithRule, testRule } from '../rule-tester.js';

testRule(rule);

describe('year-zero message', () => {
  it('names the character that was written for the zero', async () => {
    for (const [text, zero] of [['二零二三年', '零'], ['一九八○年', '○'], ['二Ｏ二四年', 'Ｏ']]) {
      const [message] = await lintWithRule(rule, text, 'case.txt');
      expect(message.message).toContain(`中的“${zero}”应写作“〇”`);
    }
  });
});
