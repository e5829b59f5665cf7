import { defineRule } from '../src/engine/rule.js';
import { HAN_NUMERALS } from '../src/punctuation.js';
import { HAN } from '../src/source/text-kinds.js';

/** Where a 序次语 can stand: the start of a line, or after a colon or a sentence. */
const ORDINAL_PLACE = '(?<=^\\s*|[：；。！？])';
/** 「1、加强」: an Arabic ordinal followed by 顿号 and text (「1、2月」 is a list of numbers). */
const ARABIC_DUNHAO = new RegExp(`${ORDINAL_PLACE}[0-9０-９]{1,2}(、)(?=[${HAN}])`, 'g');
/**
 * 「（一）、」「（1）、」: a bracketed ordinal followed by a 点号 — unless another bracketed ordinal
 * follows, as in cited items (「第(二)、(四)项文件」), where the 顿号 separates them.
 */
const BRACKETED_POINT = new RegExp(`${ORDINAL_PLACE}[（(](?:[${HAN_NUMERALS}]{1,3}|[0-9０-９]{1,2})[）)]([、，．.])(?![（(])`, 'g');
/** 「一．」: a Han-numeral ordinal followed by a full-width dot. */
const HAN_DOT = new RegExp(`(?<=^\\s*)[${HAN_NUMERALS}]{1,3}(．)(?=[${HAN}])`, 'g');

export default defineRule({
  meta: {
    id: 'ordinal-punctuation',
    title: '序次语后的标点',
    category: 'punctuation',
    description: '阿拉伯数字序次语后用下脚点（1.），不用顿号；汉字数字序次语后用顿号（一、）；带括号的序次语后不用点号（（一））。',
    docs: [
      'GB/T 15834-2011 附录 B.2（序次语之后的标点用法）：',
      'B.2.2 不带括号的汉字数字序次语之后用顿号（一、）；B.2.3 不带括号的阿拉伯数字序次语之后用下脚点（1.）；',
      'B.2.4 加括号的序次语之后不用任何点号（（一）（1））。',
      '只在行首或冒号、分号、句末点号之后，且序次语后面紧跟汉字时报告，所以「1980、1981年」「5、6月份」这类数字并列不报；',
      '引用并列的几项时（「前款(一)、(三)项文件必须用中文书写；(二)、(四)项文件……」），括号序次语之间的顿号是并列的分隔，不报。',
      '修复：「1、」改为「1.」（全角数字用全角下脚点「１．」），「（一）、」删去点号，「一．」改为「一、」。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    messages: {
      arabicDunhao: '阿拉伯数字序次语后不用顿号，「{{actual}}」应为「{{expected}}」',
      bracketedPoint: '带括号的序次语后不用点号，应删去「{{actual}}」',
      hanDot: '汉字数字序次语后用顿号，「{{actual}}」应为「{{expected}}」',
    },
    examples: {
      valid: [
        '1.坚持稳中求进工作总基调。',
        '（一）组织推动有力有效。',
        '前款(一)、(三)项文件必须用中文书写；(二)、(四)项文件可以用外文书写。',
        '一、坚持思想铸魂，扎实推进理论武装',
        '保证1980、1981年国民经济计划的顺利实现。',
        '今年，5、6月份降雨偏多。',
        '保持广义货币M2、信贷和社会融资规模合理增长。',
      ],
      invalid: [
        {
          text: '1、坚持稳中求进工作总基调。',
          output: '1.坚持稳中求进工作总基调。',
          errors: [{ messageId: 'arabicDunhao', actual: '、' }],
        },
        {
          text: '主要任务有两项：1、稳增长；2、防风险。',
          output: '主要任务有两项：1.稳增长；2.防风险。',
          errors: [
            { messageId: 'arabicDunhao', actual: '、' },
            { messageId: 'arabicDunhao', actual: '、' },
          ],
        },
        {
          text: '１、坚持稳中求进工作总基调。',
          output: '１．坚持稳中求进工作总基调。',
          errors: [{ messageId: 'arabicDunhao', actual: '、' }],
        },
        {
          text: '（一）、组织推动有力有效。',
          output: '（一）组织推动有力有效。',
          errors: [{ messageId: 'bracketedPoint', actual: '、' }],
        },
        {
          text: '（1）.加强支部带头人培养。',
          output: '（1）加强支部带头人培养。',
          errors: [{ messageId: 'bracketedPoint', actual: '.' }],
        },
        {
          text: '二．践行两个维护，持续加强政治建设',
          output: '二、践行两个维护，持续加强政治建设',
          errors: [{ messageId: 'hanDot', actual: '．' }],
        },
      ],
    },
  },
  create(context) {
    return {
      block(block) {
        const { text } = block;
        const markAt = (match: RegExpMatchArray): [number, number] => {
          const end = match.index! + match[0].length;
          return [end - 1, end];
        };
        for (const match of text.matchAll(ARABIC_DUNHAO)) {
          const fullWidth = /[０-９]/.test(match[0]);
          context.report({ block, range: markAt(match), messageId: 'arabicDunhao', fix: { text: fullWidth ? '．' : '.' } });
        }
        for (const match of text.matchAll(BRACKETED_POINT)) {
          context.report({ block, range: markAt(match), messageId: 'bracketedPoint', fix: { text: '' } });
        }
        for (const match of text.matchAll(HAN_DOT)) {
          context.report({ block, range: markAt(match), messageId: 'hanDot', fix: { text: '、' } });
        }
      },
    };
  },
});
