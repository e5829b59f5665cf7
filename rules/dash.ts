import { defineRule } from '../src/engine/rule.js';
import { CLAUSE_MARKS, CLOSING_MARKS, PAIRS, SENTENCE_END_MARKS, isDigit, isQuotedAlone } from '../src/punctuation.js';
import { hasHan, isCjk, isHan } from '../src/source/text-kinds.js';

const DASH = '——';
/**
 * Runs typed for a 破折号: hyphens (-- －－), box-drawing lines (──), U+2015 (――, what
 * GBK's 破折号 becomes in some converters), and em-dash runs of one or of three and more.
 */
const DASH_LIKE = /-{2,}|－{2,}|[─━]{2,}|―{2,}|—+/g;
/** Marks beside which a lone — cannot be a 连接号 (which stands between two words). */
const BESIDE_PUNCTUATION = new RegExp(`[\\s${SENTENCE_END_MARKS}${CLAUSE_MARKS}${CLOSING_MARKS}${Object.keys(PAIRS).join('')}]`);

export default defineRule({
  meta: {
    id: 'dash',
    title: '破折号形式',
    category: 'punctuation',
    description: '中文破折号应为“——”（两个一字线），不用 -- 、－－、―― 、单个“—”或三个以上的“—”。',
    docs: [
      'GB/T 15834-2011 4.10：破折号的形式是“——”，占两个字位置。',
      '4.13：连接号的一字线“—”只占一个字位置，连接相关的词语（中国—东盟、秦岭—淮河），所以夹在两个词之间的单个“—”不报；',
      '单个“—”出现在行首、标点或空格旁时只能是破折号，改为“——”。',
      '中文语境中（紧挨着汉字或全角标点）两个及以上的半角连字符 --、全角连字符 －－、制表线 ──、',
      '横线 ――（U+2015，GBK 转换常见）改为“——”；夹在两个汉字之间的 -- －－ 也可能是想写连接号（北京--上海），',
      '给出“——”和“—”两种建议；三个及以上的“—”只给建议。',
      '数字之间的范围号（2006--2020）归数字规则，不报。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    messages: {
      wrongForm: '破折号「{{actual}}」形式不对，应为「{{expected}}」',
      tooLong: '破折号「{{actual}}」过长，应为「——」',
      dashOrConnector: '「{{actual}}」形式不对，应为破折号「——」或连接号「—」',
    },
    examples: {
      valid: [
        '——2024年3月5日在第十四届全国人民代表大会第二次会议上',
        '推进中国—东盟自贸区3.0版谈判。',
        '我们的目标——全面建成社会主义现代化强国——一定能够实现。',
        '对2006--2020年的科技发展作出全面规划。',
        'Use -- for options in English text.',
        '连接号的一字线“—”只占一个字位置。',
      ],
      invalid: [
        {
          text: '我们的目标--“两个一百年”奋斗目标。',
          output: '我们的目标——“两个一百年”奋斗目标。',
          errors: [{ messageId: 'wrongForm', actual: '--' }],
        },
        {
          text: '主要有三项任务－－',
          output: '主要有三项任务——',
          errors: [{ messageId: 'wrongForm', actual: '－－' }],
        },
        {
          text: '--2024年3月5日在第十四届全国人民代表大会第二次会议上',
          output: '——2024年3月5日在第十四届全国人民代表大会第二次会议上',
          errors: [{ messageId: 'wrongForm', actual: '--' }],
        },
        {
          text: '开通北京--上海特别旅客快车。',
          errors: [{ messageId: 'dashOrConnector', actual: '--', suggestions: ['开通北京——上海特别旅客快车。', '开通北京—上海特别旅客快车。'] }],
        },
        {
          text: '我们的目标――全面建成社会主义现代化强国。',
          output: '我们的目标——全面建成社会主义现代化强国。',
          errors: [{ messageId: 'wrongForm', actual: '――' }],
        },
        {
          text: '—2024年3月5日在第十四届全国人民代表大会第二次会议上',
          output: '——2024年3月5日在第十四届全国人民代表大会第二次会议上',
          errors: [{ messageId: 'wrongForm', actual: '—' }],
        },
        {
          text: '这是一个根本问题，—事关党的前途命运。',
          output: '这是一个根本问题，——事关党的前途命运。',
          errors: [{ messageId: 'wrongForm', actual: '—' }],
        },
        {
          text: '我们的目标———全面建成社会主义现代化强国。',
          errors: [{ messageId: 'tooLong', actual: '———', suggestions: ['我们的目标——全面建成社会主义现代化强国。'] }],
        },
      ],
    },
  },
  create(context) {
    return {
      block(block) {
        const { text } = block;
        const leadingBlanks = text.length - text.trimStart().length;
        for (const match of text.matchAll(DASH_LIKE)) {
          const run = match[0];
          const start = match.index;
          const end = start + run.length;
          const [before, after] = [text[start - 1], text[end]];
          const range: [number, number] = [start, end];
          if (run === DASH || isQuotedAlone(text, start, end)) continue;
          if (run[0] === '—') {
            if (run.length > 2) {
              context.report({ block, range, messageId: 'tooLong', suggest: [{ text: DASH, desc: '改为「——」' }] });
            } else if (isLoneDash(before, after)) {
              context.report({ block, range, messageId: 'wrongForm', fix: { text: DASH } });
            }
            continue;
          }
          // At the start of a line (「--2024年3月5日在……会议上」) the rest of the line tells.
          const lineStart = start <= leadingBlanks; // only blanks before it (not a slice per dash: quadratic)
          const chinese = isCjk(before) || isCjk(after) || (lineStart && hasHan(text));
          const numberRange = isDigit(after) && !lineStart;
          if (!chinese || numberRange) continue;
          if (run[0] !== '―' && isHan(before) && isHan(after)) {
            // Between two words it may stand for a 连接号 (北京--上海) as well as a 破折号.
            context.report({
              block,
              range,
              messageId: 'dashOrConnector',
              suggest: [
                { text: DASH, desc: '改为破折号「——」' },
                { text: '—', desc: '改为连接号「—」' },
              ],
            });
          } else {
            context.report({ block, range, messageId: 'wrongForm', fix: { text: DASH } });
          }
        }
      },
    };
  },
});

/** A single — at the start of a line or beside punctuation or a space: a 破折号 missing its half. */
function isLoneDash(before: string | undefined, after: string | undefined): boolean {
  if (after === undefined) return isCjk(before);
  if (!isCjk(after) && !isDigit(after)) return false;
  return before === undefined || BESIDE_PUNCTUATION.test(before) || BESIDE_PUNCTUATION.test(after);
}
