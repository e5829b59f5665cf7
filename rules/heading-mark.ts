import { defineRule } from '../src/engine/rule.js';
import { headingMarker } from '../src/heading-markers.js';

/**
 * Marks the punctuation rules leave to this one: 「一，」「一：」 (「一.」「一．」 are punctuation-width
 * and ordinal-punctuation's), 「1．」「1，」 (「1、」 is ordinal-punctuation's; half-width , : are
 * made full-width by punctuation-width first). Level → wrong marks.
 */
const WRONG_MARKS: Record<number, { marks: string; expected: string }> = {
  1: { marks: '，：', expected: '、' },
  3: { marks: '．，', expected: '.' },
};

export default defineRule({
  meta: {
    id: 'heading-mark',
    title: '结构层次序数后的标点',
    category: 'structure',
    description: '“一、”后用顿号（不用逗号、冒号），“1.”后用半角下脚点（不用全角“．”或逗号），“1.”后不空格。',
    docs: [
      'GB/T 9704-2012 7.3.3：结构层次序数依次用“一、”“（一）”“1.”“（1）”；GB/T 15834-2011 附录 B.2：汉字数字序次语后用顿号，',
      '阿拉伯数字序次语后用下脚点，带括号的序次语后不用任何点号。',
      '本规则只管其他标点规则不管的写法：“一，”“一：”→“一、”，“1．”（全角点）“1，”→“1.”，纯文本中“1. 文字”的空格删去。',
      '“一.”“一．”“1、”“（一）、”由 punctuation-width、ordinal-punctuation 报告，“一、 文字”“（一） 文字”的空格由 no-abnormal-whitespace 报告，不重复。',
      '只检查行首（纯文本每行、Markdown 标题与段落）的序数；Markdown 有序列表的“1.”是列表标记，不在此检查。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    messages: {
      wrongMark: '结构层次序数“{{number}}”后应为“{{expected}}”，不是“{{actual}}”',
      spaceAfterMark: '结构层次序数“{{number}}.”与标题之间不空格，应删除',
    },
    examples: {
      valid: ['一、坚持思想铸魂，扎实推进理论武装', '1.明确责任分工。', '（一）组织推动有力有效。', '一、二季度经济运行平稳。', '2.5'],
      invalid: [
        {
          text: '一，坚持思想铸魂，扎实推进理论武装',
          output: '一、坚持思想铸魂，扎实推进理论武装',
          errors: [{ messageId: 'wrongMark', actual: '，' }],
        },
        {
          text: '1．明确责任分工。',
          output: '1.明确责任分工。',
          errors: [{ messageId: 'wrongMark', actual: '．' }],
        },
        {
          text: '1. 明确责任分工。',
          markdown: false, // in Markdown 「1. 」 starts a list
          output: '1.明确责任分工。',
          errors: [{ messageId: 'spaceAfterMark', actual: ' ' }],
        },
      ],
    },
  },
  create(context) {
    return {
      block(block) {
        const marker = headingMarker(block);
        if (!marker || marker.end === marker.start) return;
        const rest = block.text.slice(marker.end);
        const wrong = WRONG_MARKS[marker.level];
        const markAt = marker.end - marker.mark.length;
        if (wrong && marker.mark && wrong.marks.includes(marker.mark)) {
          context.report({
            block,
            range: [markAt, marker.end],
            messageId: 'wrongMark',
            data: { number: marker.number },
            fix: { text: wrong.expected },
          });
        }
        const space = /^[ \t\u00A0]+(?=\S)/.exec(rest);
        if (marker.level === 3 && marker.mark === '.' && space) {
          context.report({
            block,
            range: [marker.end, marker.end + space[0].length],
            messageId: 'spaceAfterMark',
            data: { number: marker.number },
            fix: { text: '' },
          });
        }
      },
    };
  },
});
