import { defineRule } from '../src/engine/rule.js';
import { isQuotedAlone } from '../src/punctuation.js';

/** 。 right after ？ or ！ (or a half-width ? ! that punctuation-width corrects): the sentence already ends. */
const FULL_STOP_AFTER = /(?<=[？！?!])。+/g;
/** 。 right before ？ or ！: two 句末点号 for one sentence, which one is meant is unclear. */
/** Starts only at the first 。 of a run (tried at each one, a long run took quadratic time). */
const FULL_STOP_BEFORE = /(?<!。)。+[？！]+/g;

export default defineRule({
  meta: {
    id: 'question-exclamation-combination',
    title: '问号叹号与句号连用',
    category: 'punctuation',
    description: '问号、叹号与句号不连用：「？。」「！。」删去句号，「。？」「。！」只保留一个。',
    docs: [
      'GB/T 15834-2011 4.1–4.3：句号、问号、叹号都是句末点号，一个句子末尾只用一个。',
      '问号和叹号可以叠用或并用（？？、！！、？！，见 4.2.3、4.3.3），不报。',
      '「？。」「！。」中的句号多余，自动删去；「。？」「。！」无法确定句子的语气，给出两种建议。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    messages: {
      fullStopAfter: '「{{actual}}」前已有问号或叹号，句末点号只用一个，应删去「{{actual}}」',
      fullStopBefore: '句号与问号或叹号连用（「{{actual}}」），句末点号应只保留一个',
    },
    examples: {
      valid: [
        '这难道不是我们应当深思的问题吗？',
        '同志们，让我们更加紧密地团结起来！',
        '这是为什么？！',
        '不要写成“？。”或“。？”。',
        '他问：“你们准备好了吗？”大家回答：“准备好了！”',
      ],
      invalid: [
        {
          text: '这难道不是我们应当深思的问题吗？。',
          output: '这难道不是我们应当深思的问题吗？',
          errors: [{ messageId: 'fullStopAfter', actual: '。' }],
        },
        {
          text: '这难道不是我们应当深思的问题吗?。',
          output: '这难道不是我们应当深思的问题吗?',
          errors: [{ messageId: 'fullStopAfter', actual: '。' }],
        },
        {
          text: '让我们更加紧密地团结起来！。',
          output: '让我们更加紧密地团结起来！',
          errors: [{ messageId: 'fullStopAfter', actual: '。' }],
        },
        {
          text: '这难道不是我们应当深思的问题吗。？',
          errors: [
            {
              messageId: 'fullStopBefore',
              actual: '。？',
              suggestions: ['这难道不是我们应当深思的问题吗？', '这难道不是我们应当深思的问题吗。'],
            },
          ],
        },
      ],
    },
  },
  create(context) {
    return {
      block(block) {
        for (const match of block.text.matchAll(FULL_STOP_AFTER)) {
          if (isQuotedAlone(block.text, match.index - 1, match.index + match[0].length)) continue;
          context.report({ block, range: [match.index, match.index + match[0].length], messageId: 'fullStopAfter', fix: { text: '' } });
        }
        for (const match of block.text.matchAll(FULL_STOP_BEFORE)) {
          const marks = match[0];
          if (isQuotedAlone(block.text, match.index, match.index + marks.length)) continue;
          const ending = marks.replace(/^。+/, '');
          context.report({
            block,
            range: [match.index, match.index + marks.length],
            messageId: 'fullStopBefore',
            suggest: [
              { text: ending, desc: `保留「${ending}」` },
              { text: '。', desc: '保留「。」' },
            ],
          });
        }
      },
    };
  },
});
