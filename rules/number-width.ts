import { defineRule } from '../src/engine/rule.js';
import { toHalfWidth } from '../src/numbers.js';

/** A run of full-width digits and letters, with the decimal point inside a number (３．６８). */
const FULL_WIDTH_RUN = /[０-９Ａ-Ｚａ-ｚ]+(?:[．.][０-９]+)*/g;

export default defineRule({
  meta: {
    id: 'number-width',
    title: '全角数字和字母',
    category: 'number',
    description: '全角的阿拉伯数字和拉丁字母（１２３、ＡＢＣ）应为半角（123、ABC）。',
    docs: [
      'GB/T 15835-2011 5.1.7.1：出版物中的阿拉伯数字一般使用正体二分字身，即半角字符，占半个汉字位置。',
      '拉丁字母同理（GB/T 15834-2011 与各类公文排版要求：外文字母、数字用半角）；全角字符多是输入法全角状态或 GB2312 时代排版的遗留。',
      '数字中间的全角小数点「．」随数字一起改为「.」。修复：逐字改为半角。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    messages: {
      fullWidth: '“{{actual}}”是全角字符，应为半角“{{expected}}”',
    },
    examples: {
      valid: ['国内生产总值超过126万亿元，增长5.2%。', '国产大飞机C919投入商业运营。', '保持广义货币M2合理增长。'],
      invalid: [
        {
          text: '全年收入增长３．６８％。',
          output: '全年收入增长3.68％。',
          errors: [{ messageId: 'fullWidth', actual: '３．６８' }],
        },
        {
          text: '一、１９５５年国家决算',
          output: '一、1955年国家决算',
          errors: [{ messageId: 'fullWidth', actual: '１９５５' }],
        },
        {
          text: '推动ＡＩ赋能千行百业。',
          output: '推动AI赋能千行百业。',
          errors: [{ messageId: 'fullWidth', actual: 'ＡＩ' }],
        },
      ],
    },
  },
  create(context) {
    return {
      block(block) {
        for (const match of block.text.matchAll(FULL_WIDTH_RUN)) {
          const text = toHalfWidth(match[0]).replace(/．/g, '.');
          context.report({ block, range: [match.index, match.index + match[0].length], messageId: 'fullWidth', fix: { text } });
        }
      },
    };
  },
});
