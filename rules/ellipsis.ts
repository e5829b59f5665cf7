import { defineRule } from '../src/engine/rule.js';
import { isQuotedAlone } from '../src/punctuation.js';
import { isCjk } from '../src/source/text-kinds.js';

/** Dot runs typed for an ellipsis, and runs of … of any length. */
const ELLIPSIS_LIKE = /\.{3,}|。{3,}|．{3,}|[·・]{3,}|…+/g;
const ELLIPSIS = '……';
/** …… is one ellipsis; ………… (two) marks omitted paragraphs or lines of verse (4.11.3). */
const CORRECT = new Set([ELLIPSIS, ELLIPSIS + ELLIPSIS]);

export default defineRule({
  meta: {
    id: 'ellipsis',
    title: '省略号形式',
    category: 'punctuation',
    description: '省略号应为六连点“……”，不用 ... 、。。。或单个“…”。',
    docs: [
      'GB/T 15834-2011 4.11：省略号的形式是“……”（两个三连点，占两个字位置）；',
      '标示诗行、段落的省略时可连用两个省略号“…………”（4.11.3），不报。',
      '三个及以上的半角或全角句点、间隔号，单个或三个“…”，在中文语境中（紧挨着汉字或全角标点）一律改为“……”。',
      '英文语境中的 ... 不报。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    messages: {
      wrongForm: '省略号「{{actual}}」形式不对，应为「{{expected}}」',
    },
    examples: {
      valid: [
        '我们要坚持稳中求进、以进促稳、先立后破……推动经济实现质的有效提升。',
        '第一层用“一、二、三……”，第二层用“（一）（二）（三）……”。',
        '…………',
        'The list goes on... and on.',
        '省略号不写作“...”。',
      ],
      invalid: [
        {
          text: '加强基础设施、公共服务、生态环境...等方面建设。',
          output: '加强基础设施、公共服务、生态环境……等方面建设。',
          errors: [{ messageId: 'wrongForm', actual: '...' }],
        },
        {
          text: '工业、农业、服务业。。。都有较快增长。',
          output: '工业、农业、服务业……都有较快增长。',
          errors: [{ messageId: 'wrongForm', actual: '。。。' }],
        },
        {
          text: '读书、调研、座谈…形式多样。',
          output: '读书、调研、座谈……形式多样。',
          errors: [{ messageId: 'wrongForm', actual: '…' }],
        },
        {
          text: '稳增长、调结构、惠民生………',
          output: '稳增长、调结构、惠民生……',
          errors: [{ messageId: 'wrongForm', actual: '………' }],
        },
      ],
    },
  },
  create(context) {
    return {
      block(block) {
        const { text } = block;
        for (const match of text.matchAll(ELLIPSIS_LIKE)) {
          const start = match.index;
          const end = start + match[0].length;
          if (CORRECT.has(match[0]) || isQuotedAlone(text, start, end)) continue;
          if (!isCjk(text[start - 1]) && !isCjk(text[end])) continue; // English text: ... is its own convention
          context.report({ block, range: [start, end], messageId: 'wrongForm', fix: { text: ELLIPSIS } });
        }
      },
    };
  },
});
