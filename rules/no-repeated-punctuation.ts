import { defineRule } from '../src/engine/rule.js';
import { isQuotedAlone } from '../src/punctuation.js';

/**
 * Two 点号 side by side: the same one twice (，， 。。) or two different ones (，。 ；，).
 * Three or more 。 are a mistyped ellipsis (rule `ellipsis`); ？？ and ！！ may be doubled for
 * emphasis (GB/T 15834-2011 4.2.3, 4.3.3) and ？。 is rule `question-exclamation-combination`.
 */
const ADJACENT_MARKS = /[，、；：。,;:]{2,}/g;
/** Half-width marks typed beside their full-width twins (，, ；;) count as the same mark. */
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：' };
const HAS_FULL_WIDTH = /[，、；：。]/;

export default defineRule({
  meta: {
    id: 'no-repeated-punctuation',
    title: '点号连用',
    category: 'punctuation',
    description: '逗号、顿号、分号、冒号、句号重复或两个连用（，，  。。  、、  ；；  ，。），应只保留一个。',
    docs: [
      'GB/T 15834-2011 4.1–4.7：一处停顿只用一个点号。同一个点号重复（，，）多为录入失误，自动删去多余的一个；',
      '两个不同的点号连用（，。 ；，）无法确定该保留哪一个，给出两种建议。',
      '三个及以上的句号是误写的省略号，由 `ellipsis` 规则处理；问号、叹号可叠用表示强调（4.2.3、4.3.3），',
      '「？。」「！。」由 `question-exclamation-combination` 规则处理。',
      '半角逗号、分号、冒号紧挨全角点号时（，, ；;）按同一个点号算，删成一个全角点号；只有半角点号连用（a,b;c）不归本规则。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    messages: {
      repeated: '点号「{{actual}}」重复，应为「{{expected}}」',
      mixed: '点号「{{actual}}」连用，应只保留一个',
    },
    examples: {
      valid: [
        '以奋发有为的精神状态，更加扎实的工作作风，推动各项工作。',
        '认真学习研究中央决策部署和省委、市委工作要求。',
        '我们要问：这是为什么？？',
        '说明如下。。。',
        '两个逗号连用（“，，”）是常见的录入错误。',
        '参数写作 a,;b 时不属中文点号连用。',
      ],
      invalid: [
        {
          text: '以奋发有为的精神状态，，更加扎实的工作作风推动工作。',
          output: '以奋发有为的精神状态，更加扎实的工作作风推动工作。',
          errors: [{ messageId: 'repeated', actual: '，，' }],
        },
        {
          text: '认真学习研究中央决策部署和省委、、市委工作要求。。',
          output: '认真学习研究中央决策部署和省委、市委工作要求。',
          errors: [
            { messageId: 'repeated', actual: '、、' },
            { messageId: 'repeated', actual: '。。' },
          ],
        },
        {
          text: '以奋发有为的精神状态，,更加扎实的工作作风；;推动工作。',
          output: '以奋发有为的精神状态，更加扎实的工作作风；推动工作。',
          errors: [
            { messageId: 'repeated', actual: '，,' },
            { messageId: 'repeated', actual: '；;' },
          ],
        },
        {
          text: '稳增长；；调结构。',
          output: '稳增长；调结构。',
          errors: [{ messageId: 'repeated', actual: '；；' }],
        },
        {
          text: '坚持稳中求进工作总基调，。推动高质量发展。',
          errors: [
            {
              messageId: 'mixed',
              actual: '，。',
              suggestions: ['坚持稳中求进工作总基调，推动高质量发展。', '坚持稳中求进工作总基调。推动高质量发展。'],
            },
          ],
        },
      ],
    },
  },
  create(context) {
    return {
      block(block) {
        for (const match of block.text.matchAll(ADJACENT_MARKS)) {
          const marks = match[0];
          const range: [number, number] = [match.index, match.index + marks.length];
          if (!HAS_FULL_WIDTH.test(marks) || marks.includes('。。。') || isQuotedAlone(block.text, ...range)) continue;
          const distinct = [...new Set([...marks].map((mark) => FULL_WIDTH[mark] ?? mark))];
          if (distinct.length === 1) {
            context.report({ block, range, messageId: 'repeated', fix: { text: distinct[0] } });
          } else {
            context.report({
              block,
              range,
              messageId: 'mixed',
              suggest: distinct.map((mark) => ({ text: mark, desc: `保留「${mark}」` })),
            });
          }
        }
      },
    };
  },
});
