import { defineRule } from '../src/engine/rule.js';
import { isHan } from '../src/source/text-kinds.js';

/** 一步一步, 一点一点, 一天一天: 「一 + 量词」 repeated is a normal ABAB form. */
const YI_MEASURE = /^一[\u4e00-\u9fff]$/;

export default defineRule({
  meta: {
    id: 'no-repeated-word',
    title: '词语重复',
    category: 'word',
    description: '同一个词紧挨着重复出现（围绕围绕、深入深入），多为编辑失误；动词重叠（研究研究）等正常重叠不报。',
    docs: [
      '按分词结果，两个相同的多字词紧邻出现即报告，自动修复删去重复的部分。',
      '正常的重叠式不报：`dictionaries/reduplications.yml` 中列出的 ABAB 式动词、形容词重叠（研究研究、雪白雪白），',
      '以及「一 + 量词」的重叠（一步一步、一点一点）。单字重叠（看看、常常）不属本规则。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    needs: ['tokens'],
    dictionaries: ['reduplications'],
    messages: {
      repeated: '“{{actual}}”中的“{{word}}”重复，应为“{{expected}}”',
    },
    examples: {
      valid: [
        '局党组班子成员围绕党中央明确的12个方面调研重点开展调研。',
        '这个问题我们要好好研究研究。',
        '一步一步推进改革，常常深入基层看看。',
        '深入企业、深入基层，认真听取意见建议。',
      ],
      invalid: [
        {
          text: '局党组班子成员围绕围绕党中央明确的12个方面调研重点。',
          output: '局党组班子成员围绕党中央明确的12个方面调研重点。',
          errors: [{ messageId: 'repeated', actual: '围绕围绕' }],
        },
        {
          text: '深入深入企业深入基层，认真听取意见建议。',
          output: '深入企业深入基层，认真听取意见建议。',
          errors: [{ messageId: 'repeated', actual: '深入深入' }],
        },
      ],
    },
  },
  create(context) {
    const allowed = new Set(context.words('reduplications').entries.map((entry) => entry.word));
    return {
      block(block) {
        const tokens = block.tokens;
        for (let i = 0; i + 1 < tokens.length; i++) {
          const { word } = tokens[i];
          if (word.length < 2 || ![...word].every(isHan) || allowed.has(word) || YI_MEASURE.test(word)) continue;
          let last = i;
          while (last + 1 < tokens.length && tokens[last + 1].word === word && tokens[last + 1].start === tokens[last].end) last++;
          if (last === i) continue;
          context.report({
            block,
            range: [tokens[i].start, tokens[last].end],
            messageId: 'repeated',
            data: { word },
            fix: { text: word },
          });
          i = last;
        }
      },
    };
  },
});
