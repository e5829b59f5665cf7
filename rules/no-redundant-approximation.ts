import { defineRule } from '../src/engine/rule.js';
import type { Block } from '../src/types.js';

/** A number in digits or Han numerals (50, 3.5%, 三分之二, 十几). */
const NUMBER = '(?:\\d+(?:[.,]\\d+)*%?|[〇零一二三四五六七八九十百千万亿两几半分之点]+)';
/** Up to five characters of unit between the number and the closing word (人, 万元, 个百分点). */
const UNIT = '[^，。；：！？、\\s\\d“”《》（）]{0,5}?';
/** A leading estimate word and a closing one that both say "about" or "more than". */
const PAIRS = [
  { lead: '大约|约莫|约|将近|接近|近|差不多', close: '左右|上下' },
  { lead: '超过|多于|高于|大于|超出|逾', close: '以上|之上' },
];
const PATTERNS = PAIRS.map(
  ({ lead, close }) => new RegExp(`(${lead})(?:有|为|是)?${NUMBER}${UNIT}(${close})`, 'g'),
);
/** 「50余多次」: 余 and 多 both mean "more than". */
/** Each alternative starts only where its run starts (linear on long runs of digits or numerals). */
const YU_DUO = /(?:(?<!\d)\d+|(?<![一二三四五六七八九十百千万])[一二三四五六七八九十百千万]+)(余多)/g;

export default defineRule({
  meta: {
    id: 'no-redundant-approximation',
    title: '概数词语重复',
    category: 'number',
    description: '表示约数的词语不叠用：大约…左右、约…左右、近…左右、超过…以上、50余多次。',
    docs: [
      '“约”“大约”“近”与“左右”“上下”都表示约数，“超过”“高于”与“以上”都表示超出，叠用是语义重复（《现代汉语词典》第7版“左右”条：用在数目字后面表示概数；',
      'GB/T 15835-2011 4.2.2 概数的写法亦不含此类叠用）。“余”“多”都表示零头，“50余多次”只能留一个。',
      '只在前一个词是独立的词（不是“节约”“最近”里的“约”“近”）、两词之间只有数字和不超过五个字的单位时报告。',
      '删去哪一个由作者决定，给出两个建议。',
    ].join('\n'),
    severity: 'error',
    fixable: 'suggest',
    needs: ['tokens'],
    messages: {
      redundant: '“{{lead}}”与“{{close}}”都表示约数，“{{actual}}”语义重复，应删去其一',
      yuDuo: '“余”与“多”都表示零头，“{{actual}}”应删去其一',
    },
    examples: {
      valid: [
        '全年新增就业约50万人。',
        '节约资金50万元左右。',
        '最近三年左右的时间里，累计建成保障房2万套。',
        '增速高于全国平均水平。',
        '新增就业1200万人以上。',
        '召开座谈会50余次。',
      ],
      invalid: [
        {
          text: '全年新增就业大约50万人左右。',
          errors: [
            {
              messageId: 'redundant',
              actual: '大约50万人左右',
              suggestions: ['全年新增就业大约50万人。', '全年新增就业50万人左右。'],
            },
          ],
        },
        {
          text: '其中约有三分之二左右将用于铁路建设。',
          errors: [
            {
              messageId: 'redundant',
              actual: '约有三分之二左右',
              suggestions: ['其中约有三分之二将用于铁路建设。', '其中有三分之二左右将用于铁路建设。'],
            },
          ],
        },
        {
          text: '粮食产量超过50%以上来自主产区。',
          errors: [
            {
              messageId: 'redundant',
              actual: '超过50%以上',
              suggestions: ['粮食产量超过50%来自主产区。', '粮食产量50%以上来自主产区。'],
            },
          ],
        },
        {
          text: '超过半数以上的企业实现盈利。',
          errors: [
            {
              messageId: 'redundant',
              actual: '超过半数以上',
              suggestions: ['超过半数的企业实现盈利。', '半数以上的企业实现盈利。'],
            },
          ],
        },
        {
          text: '召开座谈会50余多次。',
          errors: [{ messageId: 'yuDuo', actual: '余多', suggestions: ['召开座谈会50多次。', '召开座谈会50余次。'] }],
        },
      ],
    },
  },
  create(context) {
    /** Whether a word starts at `index` (「节约」「最近」 hold 约 and 近 inside a word). */
    const startsWord = (block: Block, index: number) => block.tokens.some((t) => t.start === index);
    return {
      block(block) {
        const { text } = block;
        if (!/左右|上下|以上|之上|余多/.test(text)) return;
        for (const pattern of PATTERNS) {
          for (const match of text.matchAll(pattern)) {
            const [whole, lead, close] = match;
            if (!startsWord(block, match.index)) continue;
            const end = match.index + whole.length;
            const closeStart = end - close.length;
            context.report({
              block,
              range: [match.index, end],
              messageId: 'redundant',
              data: { lead, close },
              suggest: [
                { text: '', range: [closeStart, end], desc: `删去“${close}”` },
                { text: '', range: [match.index, match.index + lead.length], desc: `删去“${lead}”` },
              ],
            });
          }
        }
        for (const match of text.matchAll(YU_DUO)) {
          const at = match.index + match[0].length - 2;
          context.report({
            block,
            range: [at, at + 2],
            messageId: 'yuDuo',
            suggest: [
              { text: '', range: [at, at + 1], desc: '删去“余”' },
              { text: '', range: [at + 1, at + 2], desc: '删去“多”' },
            ],
          });
        }
      },
    };
  },
});
