import { defineRule } from '../src/engine/rule.js';
import { isHan } from '../src/source/text-kinds.js';
import type { Token } from '../src/types.js';

/** 一步一步, 一点一点, 一天一天: 「一 + 量词」 repeated is a normal ABAB form. */
const YI_MEASURE = /^一[\u4e00-\u9fff]$/;
/**
 * Tags of single characters whose doubling is a slip, not a reduplication: particles (的的,
 * 了了), prepositions (在在), conjunctions (和和), verbs (是是), adverbs, pronouns. Bound
 * morphemes (zg), interjections (e) and names (屠呦呦) double legitimately or are mis-segmented.
 */
const SLIP_TAGS = new Set(['uj', 'ul', 'uv', 'ud', 'uz', 'ug', 'p', 'c', 'v', 'd', 'r', 'f']);

/** Tags of a numeral, pronoun or locative that opens a noun phrase: 上一|年度, 本|年度. */
const DETERMINER_TAGS = new Set(['m', 'r', 'f', 'q']);

/**
 * 「上一年度年度报告」: a noun after a determiner is a phrase of its own (上一年度), and the
 * compound glued after it (年度报告) starts with the same noun — two words, not a copy.
 */
function possessorNoun(copy: Token, before: Token | undefined): boolean {
  return copy.tag.startsWith('n') && before !== undefined && before.end === copy.start && DETERMINER_TAGS.has(before.tag);
}

export default defineRule({
  meta: {
    id: 'no-repeated-word',
    title: '词语重复',
    category: 'word',
    description: '同一个词紧挨着重复出现（围绕围绕、深入深入），多为编辑失误；动词重叠（研究研究）等正常重叠不报。',
    docs: [
      '按分词结果，两个相同的多字词紧邻出现即报告，自动修复删去重复的部分。',
      '正常的重叠式不报：`dictionaries/reduplications.yml` 中列出的 ABAB 式动词、形容词重叠（研究研究、雪白雪白），',
      '以及「一 + 量词」的重叠（一步一步、一点一点）。',
      '名词在数词、代词后自成短语、后面的复合词又以它开头时（上一年度年度报告），是两个词，不报。',
      '',
      '单字紧邻重复（的的、了了、在在、是是）作为建议报告（删去一个）：只看分词后各自成词的虚词、介词、连词、动词、副词和代词，',
      '词典中单字条目列出的正常重叠（看看、常常、天天、人人、个个、渐渐……）以及 AABB 式（认认真真）不报。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    needs: ['tokens'],
    dictionaries: ['reduplications'],
    messages: {
      repeated: '“{{actual}}”中的“{{word}}”重复，应为“{{expected}}”',
      repeatedChar: '“{{actual}}”中的“{{word}}”疑为多打，应只保留一个',
      suggestDeleteOne: '删去一个“{{word}}”',
    },
    examples: {
      valid: [
        '局党组班子成员围绕党中央明确的12个方面调研重点开展调研。',
        '这个问题我们要好好研究研究。',
        '一步一步推进改革，常常深入基层看看。',
        '深入企业、深入基层，认真听取意见建议。',
        '贯彻落实党中央决策部署，落实落细各项措施。',
        '人人参与、个个争先，渐渐形成了常常看看、天天学学的风气。',
        '认认真真学习，扎扎实实工作。',
        '屠呦呦获得诺贝尔生理学或医学奖。',
        '企业应当于每年6月30日前报送上一年度年度报告，并向社会公示。',
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
        {
          text: '由企业主管部门部门颁发资格证书。',
          output: '由企业主管部门颁发资格证书。',
          errors: [{ messageId: 'repeated', actual: '部门部门' }],
        },
        {
          text: '我们的的工作还存在不少差距。',
          errors: [{ messageId: 'repeatedChar', actual: '的的', suggestions: ['我们的工作还存在不少差距。'] }],
        },
        {
          text: '全年完成了了各项任务，在在全市率先实现。',
          errors: [
            { messageId: 'repeatedChar', actual: '了了', suggestions: ['全年完成了各项任务，在在全市率先实现。'] },
            { messageId: 'repeatedChar', actual: '在在', suggestions: ['全年完成了了各项任务，在全市率先实现。'] },
          ],
        },
      ],
    },
  },
  create(context) {
    const allowed = new Set(context.words('reduplications').entries.map((entry) => entry.word));
    const slip = (first: Token, second: Token, text: string) =>
      first.word.length === 1 &&
      SLIP_TAGS.has(first.tag) &&
      second.tag === first.tag &&
      !allowed.has(first.word) &&
      // AABB (认认真真): the next two characters are doubled too.
      !(text[second.end] !== undefined && text[second.end] === text[second.end + 1]);
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
            if (slip(current, tokens[i + 1], block.text)) {
              const range: [number, number] = [current.start, tokens[i + 1].end];
              const data = { word: current.word };
              context.report({ block, range, messageId: 'repeatedChar', data, suggest: [{ range, text: current.word, messageId: 'suggestDeleteOne' }] });
              i++;
              continue;
            }
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
          if (repeatable(word) && !(word === current.word && possessorNoun(current, tokens[i - 1])))
            report(word, current.end - word.length, current.end + word.length);
        }
      },
    };
  },
});
