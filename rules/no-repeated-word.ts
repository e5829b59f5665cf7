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
        '贯彻落实党中央决策部署，落实落细各项措施。',
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
        {
          text: '广大党员干部深入深入基层一线。',
          output: '广大党员干部深入基层一线。',
          errors: [{ messageId: 'repeated', actual: '深入深入' }],
        },
        {
          text: '全面贯彻落实落实党中央决策部署。',
          output: '全面贯彻落实党中央决策部署。',
          errors: [{ messageId: 'repeated', actual: '落实落实' }],
        },
      ],
    },
  },
  create(context) {
    const allowed = new Set(context.words('reduplications').entries.map((entry) => entry.word));
    const repeatable = (word: string) =>
      word.length >= 2 && [...word].every(isHan) && !allowed.has(word) && !YI_MEASURE.test(word);
    return {
      block(block) {
        const tokens = block.tokens;
        const report = (word: string, start: number, end: number) =>
          context.report({ block, range: [start, end], messageId: 'repeated', data: { word }, fix: { range: [start, end], text: word } });
        for (let i = 0; i + 1 < tokens.length; i++) {
          const current = tokens[i];
          if (tokens[i + 1].start !== current.end) continue;
          if (tokens[i + 1].word === current.word) {
            if (!repeatable(current.word)) continue;
            let last = i + 1;
            while (last + 1 < tokens.length && tokens[last + 1].word === current.word && tokens[last + 1].start === tokens[last].end) last++;
            report(current.word, current.start, tokens[last].end);
            i = last;
            continue;
          }
          // jieba may glue the copy to a neighbour: 深入|深入基层, 贯彻落实|落实.
          const next = tokens[i + 1].word;
          const word = next.startsWith(current.word) ? current.word : current.word.endsWith(next) ? next : '';
          if (repeatable(word)) report(word, current.end - word.length, current.end + word.length);
        }
      },
    };
  },
});
