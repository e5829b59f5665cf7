import { describe, expect, it } from 'vitest';
import rule from '../../rules/paired-punctuation.js';
import { lintWithRule, testRule } from '../rule-tester.js';

testRule(rule);

describe('跨段', () => {
  it('accepts a multi-paragraph quotation in Markdown: each paragraph opens with “, the last closes', async () => {
    const text = '会议指出：“第一，要坚持党的全面领导。\n\n“第二，要坚持以人民为中心。\n\n“第三，要坚持全面深化改革。”\n';
    expect(await lintWithRule(rule, text, 'case.md')).toEqual([]);
  });

  it('reports a quotation left open when the next paragraph does not continue it', async () => {
    const messages = await lintWithRule(rule, '会议指出：“要坚持党的全面领导。\n\n各单位要认真贯彻落实。\n', 'case.md');
    expect(messages.map((m) => [m.messageId, m.line])).toEqual([['unclosed', 1]]);
  });

  it('does not pair a closer more than two lines away with an opener left open', async () => {
    const text = '督促履行“一岗双责。\n加强指导。\n推动落实。\n持续深化”。\n';
    const messages = await lintWithRule(rule, text);
    expect(messages.map((m) => [m.messageId, m.line])).toEqual([
      ['unclosed', 1],
      ['unmatchedClose', 4],
    ]);
  });
});
