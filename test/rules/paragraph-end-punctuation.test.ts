import { describe, expect, it } from 'vitest';
import rule from '../../rules/paragraph-end-punctuation.js';
import { lintWithRule, testRule } from '../rule-tester.js';

testRule(rule);

describe('不是段末的行尾', () => {
  it('stays silent on hard-wrapped plain text, where most lines stop mid-sentence', async () => {
    const text = [
      '2023年，在市委的正确领导下，我始终坚持以习近平新时代中国特色社会主义思想为指导。扛稳担牢党建',
      '政治责任，团结市经信局党组班子成员和党员干部凝心聚力、担当作为。全面落实市委各项决策部署，相关',
      '工作多次得到市委市政府领导同志批示肯定。多人荣获地市级以上荣誉，推动各项工作取得新的进展，为全',
      '市经济社会发展作出了积极贡献。',
    ].join('\n');
    expect(await lintWithRule(rule, text)).toEqual([]);
  });

  it('takes a line broken before a name or a closing mark as one sentence', async () => {
    const text = '认真学习贯彻党的二十大精神。严格执行\n中华人民共和国公务员法\n的各项规定，推动工作落实。\n';
    expect(await lintWithRule(rule, text)).toEqual([]);
  });

  it('reports the paragraph before a numbered heading', async () => {
    const text = '我们一定要继续发扬积极探索的精神。把改革不断推向前进\n四、坚持独立自主的和平外交政策\n';
    const messages = await lintWithRule(rule, text);
    expect(messages.map((m) => [m.messageId, m.line, m.actual])).toEqual([['missing', 1, '进']]);
  });

  it('leaves Markdown headings, list items and table cells alone', async () => {
    const text = '# 总体要求。坚持稳中求进\n\n- 坚持稳中求进。推动高质量发展\n\n| 任务 |\n| --- |\n| 稳增长。促改革 |\n';
    expect(await lintWithRule(rule, text, 'case.md')).toEqual([]);
  });
});
