/**
 * The punctuation rules together, under the strict preset, on a document with one kind of
 * error per line: every error is found by the right rule, the safe fixes of all rules combine
 * into the corrected text, and what is left after fixing is only what needs a person.
 */
import { describe, expect, it } from 'vitest';
import { fixText, lintText } from '../src/api.js';

/** [line with an error, rules expected to flag it, the line after safe fixes]. */
const CASES: Array<[string, string[], string]> = [
  ['坚持稳中求进工作总基调,推动高质量发展。', ['punctuation-width'], '坚持稳中求进工作总基调，推动高质量发展。'],
  ['会议于10:30召开,研究部署下一阶段工作。', ['punctuation-width'], '会议于10:30召开，研究部署下一阶段工作。'],
  ['全年完成投资1,000亿元,同比增长3.5%。', ['punctuation-width'], '全年完成投资1,000亿元，同比增长3.5%。'],
  ['督促班子成员认真履行"一岗双责"。', ['punctuation-width', 'punctuation-width'], '督促班子成员认真履行“一岗双责”。'],
  ['各位代表!', ['punctuation-width'], '各位代表！'],
  ['以奋发有为的精神状态，，推动各项工作落实。', ['no-repeated-punctuation'], '以奋发有为的精神状态，推动各项工作落实。'],
  ['认真学习研究省委、、市委工作要求。', ['no-repeated-punctuation'], '认真学习研究省委、市委工作要求。'],
  ['准确把握“十个明确”、“十四个坚持”的精髓要义。', ['no-dunhao-between-quotes'], '准确把握“十个明确”“十四个坚持”的精髓要义。'],
  ['学习《习近平著作选读》、《习近平谈治国理政》。', ['no-dunhao-between-quotes'], '学习《习近平著作选读》《习近平谈治国理政》。'],
  ['1、加强支部带头人培养。', ['ordinal-punctuation'], '1.加强支部带头人培养。'],
  ['(一)、组织推动有力有效。', ['punctuation-width', 'punctuation-width', 'ordinal-punctuation'], '（一）组织推动有力有效。'],
  ['读书、调研、座谈...形式多样。', ['ellipsis'], '读书、调研、座谈……形式多样。'],
  ['主要任务有三项－－', ['dash'], '主要任务有三项——'],
  ['我们的目标――全面建成社会主义现代化强国。', ['dash'], '我们的目标——全面建成社会主义现代化强国。'],
  ['—2023年12月在全市工作会议上', ['dash'], '——2023年12月在全市工作会议上'],
  ['这难道不是我们应当深思的问题吗?。', ['punctuation-width', 'question-exclamation-combination'], '这难道不是我们应当深思的问题吗？'],
  ['他说：“我们要牢记“两个务必”。”', ['paired-punctuation'], '他说：“我们要牢记‘两个务必’。”'],
  ['开展“清风微课堂纪法每日测活动，实现以考促学。', ['paired-punctuation'], '开展“清风微课堂纪法每日测活动，实现以考促学。'],
  ['深入学习贯彻党的二十大精神。切实把思想和行动统一到党中央决策部署上来', ['paragraph-end-punctuation'], '深入学习贯彻党的二十大精神。切实把思想和行动统一到党中央决策部署上来'],
];

const document = CASES.map(([line]) => line).join('\n') + '\n';
const options = { filePath: 'report.txt', config: { extends: 'strict' } };
const punctuation = (ruleId: string) =>
  ['punctuation-width', 'no-repeated-punctuation', 'paired-punctuation', 'ellipsis', 'dash', 'no-dunhao-between-quotes',
    'ordinal-punctuation', 'question-exclamation-combination', 'paragraph-end-punctuation'].includes(ruleId);

describe('标点规则合起来', () => {
  it('finds every error on its line, by the expected rules', async () => {
    const { messages } = await lintText(document, options);
    CASES.forEach(([line, rules], index) => {
      const found = messages.filter((m) => m.line === index + 1 && punctuation(m.ruleId)).map((m) => m.ruleId);
      expect(found, line).toEqual(rules);
    });
  });

  it('combines the safe fixes of all rules into the corrected document', async () => {
    const { output, messages } = await fixText(document, options);
    expect(output).toBe(CASES.map(([, , fixed]) => fixed).join('\n') + '\n');
    expect(messages.filter((m) => punctuation(m.ruleId)).map((m) => m.ruleId)).toEqual([
      'paired-punctuation',
      'paragraph-end-punctuation',
    ]);
  });
});
