import { defineRule } from '../src/engine/rule.js';
import type { Token } from '../src/types.js';

/** Tags of words that modify a verb adverbially (认真/ad, 积极/ad, 坚定/a, 自觉/d, 严肃认真/z). */
const ADVERBIAL_TAGS = new Set(['a', 'ad', 'd', 'z']);
/**
 * After 的, a preposition (as a word of its own) that only an adverbial can precede: 「自觉的将思想……」
 * 「认真的把……」「积极的向群众……」. A noun would follow a true 的 (坚定的信念), a verb may be
 * nominalised (得到切实的解决), so neither counts.
 */
const PREPOSITIONS = new Set(['将', '把', '对', '向', '从', '与', '同', '跟', '按照', '通过', '在', '给', '被', '为']);
/** Degree adverbs that open a complement: 「做的很好」「说的非常对」. */
const DEGREE_ADVERBS = new Set(['很', '非常', '十分', '特别', '相当', '比较', '更加', '极其', '太']);
/** Characters that end a clause. */
const CLAUSE_END = /^[，。；！？、：,;!?:）)”’]/;

/** Single-character verbs whose complement is led by 得 (做得好, 干得出色, 抓得紧). */
const isVerb = (token: Token | undefined) => token?.tag === 'v';

export default defineRule({
  meta: {
    id: 'de-di-de',
    title: '“的”“地”“得”误用',
    category: 'word',
    description: '状语后应用“地”（坚定自觉地将……），补语前应用“得”（做得很好）；只在词性确定时报告。',
    docs: [
      '依据《现代汉语词典》（第7版）“的”“地”“得”条及国家语委对“的地得”分工的说明：',
      '定语后用“的”（党的领导、取得的成绩），状语后用“地”（有针对性地开展），补语前用“得”（做得很好）。',
      '',
      '只报两种分词、词性都确定的情形：',
      '- 状语：形容词、副词（jieba 词性 a/ad/d/z）之后的“的”，紧接单独成词的介词（将、把、对、向、从、与、按照、通过、在、给、被、为……）——「坚定自觉的将思想和行动统一到……」→“地”；',
      '- 补语：动词之后的“的”，紧接程度副词和形容词并在此结束分句——「工作做的很好，」→“得”。',
      '',
      '其余情形（“的”后接普通动词，如“积极的推进”）在名词化用法中常是对的（“坚定的支持”），不报。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    needs: ['tokens'],
    messages: {
      adverbial: '状语“{{modifier}}”后应用“地”，不用“{{actual}}”',
      complement: '补语前应用“得”，“{{verb}}{{actual}}”应为“{{verb}}得”',
    },
    examples: {
      valid: [
        '坚定自觉地将思想和行动统一到党的二十大精神上来。',
        '有针对性地开展“一对一”谈心谈话。',
        '坚持和加强党的领导，巩固取得的成绩。',
        '我们的工作还存在不少差距。',
        '这是开展主题教育的目的。',
        '各项工作做得很好，群众比较满意。',
        '我们做的很多工作得到了群众认可。',
        '给予坚定的支持和热情的帮助。',
      ],
      invalid: [
        {
          text: '认真履行第一责任人职责，坚定自觉的将思想和行动统一到党的二十大精神上来。',
          output: '认真履行第一责任人职责，坚定自觉地将思想和行动统一到党的二十大精神上来。',
          errors: [{ messageId: 'adverbial', actual: '的' }],
        },
        {
          text: '各支部认真的把问题清单逐项整改到位。',
          output: '各支部认真地把问题清单逐项整改到位。',
          errors: [{ messageId: 'adverbial', actual: '的' }],
        },
        {
          text: '各级干部要积极的向群众学习。',
          output: '各级干部要积极地向群众学习。',
          errors: [{ messageId: 'adverbial', actual: '的' }],
        },
        {
          text: '今年的帮扶工作做的很好，群众比较满意。',
          output: '今年的帮扶工作做得很好，群众比较满意。',
          errors: [{ messageId: 'complement', actual: '的' }],
        },
      ],
    },
  },
  create(context) {
    return {
      block(block) {
        const tokens = block.tokens;
        const adjacent = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;
        for (let i = 1; i + 1 < tokens.length; i++) {
          const de = tokens[i];
          if (de.word !== '的') continue;
          const before = tokens[i - 1];
          const after = tokens[i + 1];
          if (!adjacent(before, de) || !adjacent(de, after)) continue;
          if (ADVERBIAL_TAGS.has(before.tag) && PREPOSITIONS.has(after.word)) {
            context.report({ block, range: [de.start, de.end], messageId: 'adverbial', data: { modifier: before.word }, fix: { text: '地' } });
            continue;
          }
          const adjective = tokens[i + 2];
          const rest = block.text.slice(adjective?.end ?? block.text.length);
          if (
            isVerb(before) &&
            before.word.length === 1 &&
            DEGREE_ADVERBS.has(after.word) &&
            adjacent(after, adjective) &&
            adjective.tag === 'a' &&
            (rest === '' || CLAUSE_END.test(rest))
          ) {
            context.report({ block, range: [de.start, de.end], messageId: 'complement', data: { verb: before.word }, fix: { text: '得' } });
          }
        }
      },
    };
  },
});
