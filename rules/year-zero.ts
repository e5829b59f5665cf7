import { defineRule } from '../src/engine/rule.js';
import { HAN_NUMBER_CHARS } from '../src/numbers.js';

/** Zero as wrongly written inside a Han year: 零, ○ (U+25CB, white circle), Ｏ/O/０/0 (letters, digits). */
const WRONG_ZEROS = '零○ＯO０0';
/** A four-digit Han year (一九八〇年, 二〇二三年) whose zero is not 〇. */
const HAN_YEAR = new RegExp(`(?<![${HAN_NUMBER_CHARS}${WRONG_ZEROS}])[一二][〇${WRONG_ZEROS}一二三四五六七八九]{3}(?=年)`, 'g');
const WRONG_ZERO = new RegExp(`[${WRONG_ZEROS}]`, 'g');
const HAS_WRONG_ZERO = new RegExp(`[${WRONG_ZEROS}]`);

export default defineRule({
  meta: {
    id: 'year-zero',
    title: '汉字年份中的“〇”',
    category: 'number',
    description: '用汉字数字写的公历年份，“0”写作“〇”（二〇二三年），不写作“零”“○”或字母 O。',
    docs: [
      'GB/T 15835-2011 5.2.5：数字用作编号时，“0”的汉字书写形式为“〇”；示例：“公元2012（年）”的汉字数字形式为“二〇一二”。',
      '用作计量时才写“零”（一百零五年、三千零五十二）。“○”（U+25CB，几何图形“白圆”）是 GB2312 字库里没有“〇”（U+3007）时的代用字，',
      '字母 O、全角 Ｏ 和数字 0 是录入错误。只检查紧跟“年”的四位汉字年份，修复：把其中的零改为“〇”。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    messages: {
      zero: '年份“{{actual}}”中的“{{zero}}”应写作“〇”：“{{expected}}”',
    },
    examples: {
      valid: ['二〇二三年十二月一日', '共计一百零五年时间。', '2023年，全市地区生产总值增长5.5%。'],
      invalid: [
        {
          text: '二零二三年十二月一日',
          output: '二〇二三年十二月一日',
          errors: [{ messageId: 'zero', actual: '二零二三' }],
        },
        {
          text: '比一九八○年增长百分之十二。',
          output: '比一九八〇年增长百分之十二。',
          errors: [{ messageId: 'zero', actual: '一九八○' }],
        },
        {
          text: '二Ｏ二四年一月八日',
          output: '二〇二四年一月八日',
          errors: [{ messageId: 'zero', actual: '二Ｏ二四' }],
        },
      ],
    },
  },
  create(context) {
    return {
      block(block) {
        for (const match of block.text.matchAll(HAN_YEAR)) {
          const zero = HAS_WRONG_ZERO.exec(match[0])?.[0];
          if (!zero) continue;
          context.report({
            block,
            range: [match.index, match.index + 4],
            messageId: 'zero',
            data: { zero },
            fix: { text: match[0].replace(WRONG_ZERO, '〇') },
          });
        }
      },
    };
  },
});
