import { defineRule } from '../src/engine/rule.js';
import { substitutionHandlers } from '../src/engine/substitutions.js';
import { edgeJoinsOutside, UNKNOWN_TAG } from '../src/nlp/tokens.js';
import { frequentTwoCharacterWords } from '../src/nlp/word-tags.js';
import type { Block, Token } from '../src/types.js';

export default defineRule({
  meta: {
    id: 'no-redundant-merge',
    title: '近义词误合并',
    category: 'word',
    description: '两个共用一个字的近义动词在修改时被叠在一起（倾听取、荣获得），应保留其一。',
    docs: [
      '改稿时把“倾听意见”改成“听取意见”却没删干净，就会留下“倾听取”这样的合并式。',
      '合并式按 `dictionaries/redundant-merges.yml` 逐字查找（约七十对近义动词，如 倾听/听取、荣获/获得、加强/强化、落实/实施、坚持/持续、提升/升级），',
      '自动修复保留词典 `right` 中的第一个词，另一个作为建议。',
      '',
      '不做“任意两个重叠动词”的推测：据 issue 3 的测量，那样在语料上每万字约 16 处误报（jieba 甚至把“荣获”标成人名 荣获/nr），新增条目须先在语料上验证。',
      '分词防护：合并式首字或末字与外面的字组成词语时不报——“推进行业发展”是 推进|行业，“争取得到支持”是 争取|得到；',
      '合并式在一个更长的词语之内时也不报——“联合作战”是规范的军事术语，不是 联合+合作。',
      '',
      '选项 `guess: true`（strict 预设开启）另查词典以外的合并式：三个字 ABC 中 AB、BC 都是 jieba 词典里的常用词（词频 ≥ 500）、',
      '同为动词或同为形容词，分词切成 AB|C 或 A|BC，不在更长的词里、也不与外面的字成词，且首字不是副词、能愿动词（不能够、新增加），',
      '末字不是介词、补语（变成为、应用于、提出来）——如“检验收”→“检验”或“验收”。这是推测，只给建议；',
      '在语料上每万字约 0.06 处误报（放开放活、开创新局），所以 recommended 不开。',
      '依据：《现代汉语词典》（第7版）释义；GB/T 15834 之外的语病类校对常规（成分赘余）。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    needs: ['tokens'],
    dictionaries: ['redundant-merges'],
    options: { guess: false },
    messages: {
      merged: '“{{actual}}”是两个近义词的误合并，应为“{{expected}}”',
      guessed: '“{{actual}}”疑为“{{first}}”“{{second}}”两词误合并，保留其一',
    },
    examples: {
      valid: [
        '深入企业深入基层，认真听取意见建议。',
        '推进行业协会商会改革，促进行业健康发展。',
        '争取得到上级部门更多支持。',
        '全面落实行政执法责任制。',
        '加快推进落实施工许可制度改革。',
        '多人荣获地市级以上荣誉。',
        '中央军事委员会联合作战指挥中心。',
        { text: '认真检验各项工程，及时组织验收。', options: { guess: true } },
        { text: '要把这个问题提出来，坚持下去。', options: { guess: true } },
        { text: '我们不能够只看到眼前利益，新增加的产能要消化。', options: { guess: true } },
      ],
      invalid: [
        {
          text: '深入企业深入基层，认真倾听取意见建议。',
          output: '深入企业深入基层，认真听取意见建议。',
          errors: [{ messageId: 'merged', actual: '倾听取', suggestions: ['深入企业深入基层，认真倾听意见建议。'] }],
        },
        {
          text: '相关工作多次得到市委市政府领导同志批示肯定，多人荣获得地市级以上荣誉。',
          output: '相关工作多次得到市委市政府领导同志批示肯定，多人荣获地市级以上荣誉。',
          errors: [{ messageId: 'merged', actual: '荣获得', suggestions: ['相关工作多次得到市委市政府领导同志批示肯定，多人获得地市级以上荣誉。'] }],
        },
        {
          text: '要加强化基层党组织建设，坚持续推进全面从严治党。',
          output: '要加强基层党组织建设，坚持推进全面从严治党。',
          errors: [
            { messageId: 'merged', actual: '加强化', suggestions: ['要强化基层党组织建设，坚持续推进全面从严治党。'] },
            { messageId: 'merged', actual: '坚持续', suggestions: ['要加强化基层党组织建设，持续推进全面从严治党。'] },
          ],
        },
        {
          text: '认真检验收各项工程。',
          options: { guess: true },
          errors: [{ messageId: 'guessed', actual: '检验收', suggestions: ['认真检验各项工程。', '认真验收各项工程。'] }],
        },
      ],
    },
  },
  create(context) {
    // A merge inside a longer dictionary word is a term, not a slip: 联合作战 holds 联合作 (联合|作战).
    const guarded = (block: Block, start: number, end: number) => edgeJoinsOutside(block.tokens, start, end) || insideLongerWord(block.tokens, start, end);
    const listed = substitutionHandlers(context, 'redundant-merges', { certain: 'merged', uncertain: 'merged' }, guarded);
    if (!context.options.guess) return listed;
    const listedMerges = new Set(context.substitutions('redundant-merges').entries.map((entry) => entry.wrong));
    return {
      block(block) {
        listed.block?.(block);
        for (const merge of guessedMerges(block, guarded)) {
          if (listedMerges.has(block.text.slice(merge.start, merge.start + 3))) continue;
          context.report({
            block,
            range: [merge.start, merge.start + 3],
            messageId: 'guessed',
            data: { first: merge.keep[0], second: merge.keep[1] },
            suggest: merge.keep.map((text) => ({ text, desc: `保留“${text}”` })),
          });
        }
      },
    };
  },
});

/** True when one dictionary word of the segmentation holds the whole span and more (联合作战 ⊃ 联合作). */
function insideLongerWord(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens.some((token) => token.tag !== UNKNOWN_TAG && token.start <= start && token.end >= end && token.end - token.start > end - start);
}

/** Verbs (v, vn, vd) and adjectives (a, ad, an) of jieba's tag set; a merge joins two of one class. */
const wordClass = (tag: string) => (/^v[nd]?$/.test(tag) ? 'verb' : /^a[dn]?$/.test(tag) ? 'adjective' : undefined);

/** Verb + directional or resultative complement: 提出来, 坚持下去 are no merges. */
const COMPLEMENTS = new Set(['出来', '起来', '下去', '过来', '上来', '进来', '回来', '下来', '出去', '进去', '过去', '开来', '上去', '回去']);
const HAN = /^\p{Script=Han}{3}$/u;
/** An adverb or a modal as the first character makes a phrase, not a merge: 不能够, 新增加, 所知道, 才能够. */
const FUNCTION_FIRST = /^[不没未才还所新都也就再又可能只便已曾将要会了是自前对应当和与好以着]/;
/** A light verb, a preposition or a complement as the last: 变成为, 下达到, 应用于, 停留在, 保持有. */
const FUNCTION_LAST = /[为于在有到成出来去上下着了过给是以得并和与及门用作]$/;

/**
 * Spans ABC where AB and BC are frequent verbs of jieba's dictionary (加强 + 强化), segmented as
 * AB|C or A|BC, inside no longer word and joined to nothing outside (`guarded`); the more
 * frequent of the two is offered first. A guess: suggestions only.
 */
function* guessedMerges(block: Block, guarded: (block: Block, start: number, end: number) => boolean) {
  const words = frequentTwoCharacterWords();
  const boundaries = new Set(block.tokens.flatMap((token) => [token.start, token.end]));
  for (let start = 0; start + 3 <= block.text.length; start++) {
    const span = block.text.slice(start, start + 3);
    if (!HAN.test(span)) continue;
    const first = words.get(span.slice(0, 2));
    const second = words.get(span.slice(1));
    const kind = first && wordClass(first.tag);
    if (!kind || kind !== wordClass(second?.tag ?? '') || COMPLEMENTS.has(span.slice(1)) || FUNCTION_FIRST.test(span) || FUNCTION_LAST.test(span)) continue;
    const split = boundaries.has(start) && boundaries.has(start + 3) && (boundaries.has(start + 1) || boundaries.has(start + 2));
    if (!split || guarded(block, start, start + 3)) continue;
    const keep = first.frequency >= second!.frequency ? [span.slice(0, 2), span.slice(1)] : [span.slice(1), span.slice(0, 2)];
    yield { start, keep };
  }
}
