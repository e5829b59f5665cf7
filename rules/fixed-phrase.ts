import { defineRule } from '../src/engine/rule.js';
import { substitutionHandlers } from '../src/engine/substitutions.js';

export default defineRule({
  meta: {
    id: 'fixed-phrase',
    title: '成语与固定短语错字',
    category: 'word',
    description: '按词典（dictionaries/fixed-phrases.yml）查找写错一个字的成语和固定搭配，如“一股作气”“解决在未萌状态”。',
    docs: [
      '成语和固定短语的字是定型的，错一个字往往读音相同或字形相近，拼写检查最难发现。',
      '词典约190条（每条附例句），依据《现代汉语词典》（第7版）、《咬文嚼字》编辑部“当代汉语出版物中最常见的100个别字”，',
      '以及党内法规和中央文件中的固定说法（“惩前毖后、治病救人”“踏石留印、抓铁有痕”“把问题解决在萌芽状态”）。',
      '',
      '- 改法确定的条目自动修复为第一个 `right`；标有 `certain: false` 的条目（如“共商国事”）只给建议。',
      '- 条目的 `allows`、`unless`、`boundary`、`validFrom` 与错别字词典相同，见 `docs/dictionaries.md`。',
      '- 单个词语的错字（“布署”“台帐”）由 `typo` 检查，两个词典不重复收录。',
    ].join('\n'),
    severity: 'error',
    fixable: 'safe',
    needs: ['tokens'],
    dictionaries: ['fixed-phrases'],
    messages: {
      phrase: '“{{actual}}”有错字，应为“{{expected}}”',
      uncertain: '“{{actual}}”可能有错字，请确认是否应为“{{expected}}”',
    },
    examples: {
      valid: [
        '及时发现苗头性倾向性问题，切实把问题解决在萌芽状态。',
        '全体干部一鼓作气，迫不及待地投入新的战斗。',
        '坚持防患于未萌，把风险化解在基层。',
        '做好各项工作不能按部就班。',
      ],
      invalid: [
        {
          text: '（三）守牢意识形态阵地。及时发现苗头性倾向性问题，切实把问题解决在未萌状态。',
          output: '（三）守牢意识形态阵地。及时发现苗头性倾向性问题，切实把问题解决在萌芽状态。',
          errors: [{ messageId: 'phrase', actual: '未萌状态' }],
        },
        {
          text: '全体干部一股作气、按步就班推进重点项目建设。',
          output: '全体干部一鼓作气、按部就班推进重点项目建设。',
          errors: [
            { messageId: 'phrase', actual: '一股作气' },
            { messageId: 'phrase', actual: '按步就班' },
          ],
        },
        {
          text: '坚持惩前毙后、治病救人，以踏石留印、抓铁有恨的劲头抓落实。',
          output: '坚持惩前毖后、治病救人，以踏石留印、抓铁有痕的劲头抓落实。',
          errors: [
            { messageId: 'phrase', actual: '惩前毙后' },
            { messageId: 'phrase', actual: '抓铁有恨' },
          ],
        },
        {
          text: '各界代表齐聚一堂，共商国事。',
          errors: [{ messageId: 'uncertain', actual: '共商国事', suggestions: ['各界代表齐聚一堂，共商国是。'] }],
        },
      ],
    },
  },
  create(context) {
    return substitutionHandlers(context, 'fixed-phrases', { certain: 'phrase', uncertain: 'uncertain' });
  },
});
