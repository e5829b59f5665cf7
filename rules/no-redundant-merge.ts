import { defineRule } from '../src/engine/rule.js';
import { substitutionHandlers } from '../src/engine/substitutions.js';
import { edgeJoinsOutside, UNKNOWN_TAG } from '../src/nlp/tokens.js';
import type { Token } from '../src/types.js';

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
      '依据：《现代汉语词典》（第7版）释义；GB/T 15834 之外的语病类校对常规（成分赘余）。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    needs: ['tokens'],
    dictionaries: ['redundant-merges'],
    messages: {
      merged: '“{{actual}}”是两个近义词的误合并，应为“{{expected}}”',
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
      ],
    },
  },
  create(context) {
    // A merge inside a longer dictionary word is a term, not a slip: 联合作战 holds 联合作 (联合|作战).
    return substitutionHandlers(
      context,
      'redundant-merges',
      { certain: 'merged', uncertain: 'merged' },
      (block, start, end) => edgeJoinsOutside(block.tokens, start, end) || insideLongerWord(block.tokens, start, end),
    );
  },
});

/** True when one dictionary word of the segmentation holds the whole span and more (联合作战 ⊃ 联合作). */
function insideLongerWord(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens.some((token) => token.tag !== UNKNOWN_TAG && token.start <= start && token.end >= end && token.end - token.start > end - start);
}
