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
/**
 * Words after which a modifier can only be adverbial: modal verbs and adverbs (「要认真的学习」
 * 「必须坚定不移的推进」). Degree adverbs (更加, 进一步) are left out: they also modify an
 * attributive (「更加积极的就业政策」).
 */
const ADVERBIAL_OPENERS = new Set([
  '要', '必须', '应', '应该', '应当', '需要', '务必', '都', '也', '还', '继续', '能', '能够', '会', '将', '正在',
  '已经', '才', '就', '不断', '一定', '才能', '又', '并且', '以便', '为了', '不能', '如果', '并', '而且', '从而',
  '进而', '还要', '更要', '就要', '仍然', '始终', '一直',
]);
/** Clause punctuation: 「，积极的推进改革」 opens with an adverbial (not 、, which lists nouns). */
const CLAUSE_START = /^[，；。：！？]$/;
/** Adverbial modifiers before a verb also include idioms (坚定不移/i, 实事求是/i). */
const MODIFIER_TAGS = new Set([...ADVERBIAL_TAGS, 'i']);
/**
 * Verbs a 的-phrase can be the subject of (「重要的有鞍山、包头」「正确的加以接受」), or that are
 * nouns after 的 (「新的要求」).
 */
const NOMINAL_HEAD_VERBS = new Set(['有', '是', '为', '加以', '达到', '占', '属于', '要求']);
/**
 * What may follow the verb of an adverbial 的: an object or a second verb (n…, v…, r, m, q, t),
 * or an aspect particle (了/ul, 着/uz, 过/ug). After an adverb, a preposition or a copula the
 * verb is a noun subject: 「积极的作用不断显现」「突出的表现为……」「根本的出路在于改革」.
 */
const VERB_CONTINUES = /^(?:n|v|r|m|q|t|ul|uz|ug)/;
const COPULAS = new Set(['是', '为', '在于', '就是', '乃是', '便是']);
/** Degree adverbs that open a complement: 「做的很好」「说的非常对」. */
const DEGREE_ADVERBS = new Set(['很', '非常', '十分', '特别', '相当', '比较', '更加', '极其', '太']);
/** Characters that end a clause. */
const CLAUSE_END = /^[，。；！？、：,;!?:）)”’]/;

/**
 * 「要认真的学习文件」「，积极的推进改革」: a modifier of two or more characters that opens a clause
 * or follows a modal, then 的, then a verb that goes on (an object or a complement; a verb that
 * ends the clause or is followed by 的 is a noun: 「提出新的要求。」「积极的前进的思想」).
 */
function adverbialBeforeVerb(tokens: readonly Token[], deIndex: number): boolean {
  const opener = tokens[deIndex - 2];
  const modifier = tokens[deIndex - 1];
  const verb = tokens[deIndex + 1];
  const next = tokens[deIndex + 2];
  const opens = opener === undefined ? modifier.start === 0 : CLAUSE_START.test(opener.word) || ADVERBIAL_OPENERS.has(opener.word);
  return (
    opens &&
    MODIFIER_TAGS.has(modifier.tag) &&
    modifier.word.length >= 2 &&
    verb.tag === 'v' &&
    !NOMINAL_HEAD_VERBS.has(verb.word) &&
    !ADVERBIAL_OPENERS.has(verb.word) && // a modal after 的: the 的-phrase is a subject (「不及格的不能继续任职」)
    next !== undefined &&
    next.start === verb.end &&
    VERB_CONTINUES.test(next.tag) &&
    !COPULAS.has(next.word)
  );
}

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
      '- 状语：两字以上的形容词、副词或成语（坚定不移）在分句开头（逗号、分号等之后，不含顿号）或能愿动词、副词（要、必须、应当、不断、已经……）之后，“的”后是带宾语或补语的动词——「要认真的学习会议精神」「，积极的推进改革」→“地”；动词后是“的”或分句结束时是名词用法（「提出新的要求。」），“有、是、加以、达到”和能愿动词前的“的”字短语是主语（「重要的有鞍山、包头」「不及格的不能继续任职」），都不报；',
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
        '实施更加积极的就业政策，鼓励以创业带动就业。',
        '对材料工业提出更多的、新的要求。',
        '新建项目共计七十一个，重要的有鞍山、武汉、包头三大钢铁基地。',
        '各地要以更大的决心和力度深化改革开放。',
        '经过考核，不及格的不能继续任职。',
        '改革红利持续释放，积极的作用不断显现。',
        '问题依然存在，突出的表现为形式主义、官僚主义。',
        '实践证明，根本的出路在于深化改革。',
        '脱离群众的官僚主义、脱离实际的浮夸作风比较严重。',
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
          text: '各级党组织要认真的学习贯彻全会精神，必须坚定不移的推进全面从严治党。',
          output: '各级党组织要认真地学习贯彻全会精神，必须坚定不移地推进全面从严治党。',
          errors: [
            { messageId: 'adverbial', actual: '的' },
            { messageId: 'adverbial', actual: '的' },
          ],
        },
        {
          text: '坚持稳中求进，积极的推进经济结构调整。',
          output: '坚持稳中求进，积极地推进经济结构调整。',
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
          if ((ADVERBIAL_TAGS.has(before.tag) && PREPOSITIONS.has(after.word)) || adverbialBeforeVerb(tokens, i)) {
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
