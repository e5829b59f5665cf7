import { defineRule } from '../src/engine/rule.js';
import { numberRanges } from '../src/numbers.js';

export default defineRule({
  meta: {
    id: 'range-unit',
    title: '数值范围前一个数的百分号和万、亿',
    category: 'number',
    description: '数值范围中前一个数的“%”“‰”“万”“亿”不省略：10%～20%（不写为10～20%），9亿～16亿（不写为9～16亿）。',
    docs: [
      'GB/T 15835-2011 5.1.3：前后两个数值的附加符号或计量单位相同时，在不造成歧义的情况下，前一个数值的附加符号或计量单位可省略；',
      '省略会造成歧义时不应省略。示例：15%～30%（不写为15～30%），9亿～16亿（不写为9～16亿），13万元～17万元（不写为13～17万元）。',
      '“15～30%”可读作“15到30%”，“9～16亿”可读作“9到16亿”，所以百分号、千分号和“万”“亿”必须重复；“元”“吨”这类计量单位可以省略（10～20吨）。',
      '修复：在前一个数后补上同样的符号（连接号是“-”时，连接号本身由 range-mark 报告）。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    messages: {
      omitted: '数值范围“{{actual}}”中前一个数省略了“{{suffix}}”，应为“{{expected}}”',
    },
    examples: {
      valid: ['年均增长5%～6%。', '投资9亿～16亿元。', '每亩增产10～20公斤。', '补助标准为5000～1万元。', '“十四五”时期（2021—2025年）'],
      invalid: [
        {
          text: '居民消费价格涨幅控制在2～3%。',
          output: '居民消费价格涨幅控制在2%～3%。',
          errors: [{ messageId: 'omitted', actual: '2～3%' }],
        },
        {
          text: '带动社会投资9～16亿元。',
          output: '带动社会投资9亿～16亿元。',
          errors: [{ messageId: 'omitted', actual: '9～16亿' }],
        },
        {
          text: '新增就业13—17万人。',
          output: '新增就业13万—17万人。',
          errors: [{ messageId: 'omitted', actual: '13—17万' }],
        },
      ],
    },
  },
  create(context) {
    return {
      block(block) {
        for (const range of numberRanges(block.text)) {
          if (!range.secondSuffix || range.firstSuffix) continue;
          if (Number(range.first) >= Number(range.second)) continue; // 「5000～1万」: the first is already whole
          const expected = `${range.first}${range.secondSuffix}${range.mark}${range.second}${range.secondSuffix}`;
          context.report({
            block,
            range: [range.start, range.end],
            messageId: 'omitted',
            data: { suffix: range.secondSuffix },
            fix: { text: expected },
          });
        }
      },
    };
  },
});
