import { defineRule } from '../src/engine/rule.js';

/** 、 directly between two quoted or two titled items of the same kind. */
const DUNHAO_BETWEEN = /(?<=”)、(?=“)|(?<=’)、(?=‘)|(?<=」)、(?=「)|(?<=』)、(?=『)|(?<=》)、(?=《)/g;

export default defineRule({
  meta: {
    id: 'no-dunhao-between-quotes',
    title: '引号、书名号间的顿号',
    category: 'punctuation',
    description: '并列的引号或书名号之间通常不用顿号：“十个明确”、“十四个坚持”应为“十个明确”“十四个坚持”。',
    docs: [
      'GB/T 15834-2011 4.5.3.5：标有引号的并列成分之间、标有书名号的并列成分之间通常不用顿号。',
      '若有其他成分插在并列的引号或书名号之间（如括注），宜用顿号：《红楼梦》（人民文学出版社）、《水浒传》——这时顿号不紧挨两个引号或书名号，不报。',
      '2011 年以前的文本（GB/T 15834-1995）常在其间加顿号，所以本规则只在 strict 预设中。',
    ].join('\n'),
    severity: 'warn',
    fixable: 'safe',
    messages: {
      dunhao: '并列的引号或书名号之间不用顿号，应删去「{{actual}}」',
    },
    examples: {
      valid: [
        '准确把握“十个明确”“十三个方面成就”“十四个坚持”的精髓要义。',
        '学习《习近平著作选读》《习近平新时代中国特色社会主义思想专题摘编》。',
        '《红楼梦》（人民文学出版社）、《水浒传》（中华书局）都是古典名著。',
        '认真学习“两个确立”、党的二十大精神。',
      ],
      invalid: [
        {
          text: '准确把握“十个明确”、“十四个坚持”的精髓要义。',
          output: '准确把握“十个明确”“十四个坚持”的精髓要义。',
          errors: [{ messageId: 'dunhao', actual: '、' }],
        },
        {
          text: '严格执行《建筑法》、《招标投标法》、《政府采购法》。',
          output: '严格执行《建筑法》《招标投标法》《政府采购法》。',
          errors: [
            { messageId: 'dunhao', actual: '、' },
            { messageId: 'dunhao', actual: '、' },
          ],
        },
      ],
    },
  },
  create(context) {
    return {
      block(block) {
        for (const match of block.text.matchAll(DUNHAO_BETWEEN)) {
          context.report({ block, range: [match.index, match.index + 1], messageId: 'dunhao', fix: { text: '' } });
        }
      },
    };
  },
});
